//! Cleans a batch of generated whole-page documents on all cores with
//! `Cleaner::par_clean_batch`, and compares it with the sequential
//! `clean_batch`: documents per second, MB/s and the speed-up.
//!
//! ```text
//! cargo run --release --features rayon --example parallel [DOCS]
//! ```

use std::time::Instant;

use deboil::Cleaner;

// The benchmarks' generator of scraped-looking pages; this example uses
// only part of it.
#[allow(dead_code)]
#[path = "../benches/corpus/mod.rs"]
mod corpus;

fn main() {
    let docs: usize = match std::env::args().nth(1) {
        Some(n) => n.parse().expect("DOCS is a number of documents"),
        None => 5_000,
    };
    let mut rng = corpus::Rng::new(42);
    let batch: Vec<String> = (0..docs)
        .map(|_| {
            let paragraphs = rng.range(10, 40);
            corpus::full_page(&mut rng, paragraphs)
        })
        .collect();
    let bytes: usize = batch.iter().map(String::len).sum();
    println!(
        "{docs} documents, {:.1} MB, {} cores",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // Build once, reuse for every document and every thread.
    let cleaner = Cleaner::default();

    let start = Instant::now();
    let sequential = cleaner.clean_batch(&batch);
    let seq = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let parallel = cleaner.par_clean_batch(&batch);
    let par = start.elapsed().as_secs_f64();

    // Both keep the input order, so the outputs match one for one.
    assert_eq!(sequential, parallel);
    let kept: usize = parallel.iter().map(String::len).sum();
    for (name, secs) in [("clean_batch", seq), ("par_clean_batch", par)] {
        println!(
            "{name:>16}: {:>8.0} docs/s  {:>7.1} MB/s",
            docs as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    }
    println!(
        "speed-up {:.2}x; kept {:.0}% of the input bytes",
        seq / par,
        kept as f64 * 100.0 / bytes as f64
    );
}
