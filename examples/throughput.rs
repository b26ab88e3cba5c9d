//! Measures single-thread throughput of `Cleaner::clean` over the text
//! files of a folder, in-process, so process start-up and file reading are
//! not counted. `benches/compare/run.sh` uses it to compare deboil with
//! other cleaners on the same files.
//!
//! ```text
//! cargo run --release --example throughput -- DIR [MIN_SECONDS]
//! ```
//!
//! Every regular file in `DIR` is read, except that when some names end in
//! `.input.txt` (an evaluation folder pairing inputs with gold outputs) only
//! those are. The files are cleaned in rounds until `MIN_SECONDS` (default
//! 3) have passed; the median round is reported, in MB (10^6 bytes) of
//! input per second, on stdout as one tab-separated line:
//! `deboil  files  bytes  rounds  median_seconds  mb_per_s  build_ms`,
//! the last being the first `Cleaner` build in the process.

use std::error::Error;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use deboil::Cleaner;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: throughput DIR [MIN_SECONDS]")?);
    let min_secs: f64 = match args.next() {
        Some(s) => s.parse()?,
        None => 3.0,
    };

    let docs = read_docs(&dir)?;
    if docs.is_empty() {
        return Err(format!("no files in {}", dir.display()).into());
    }
    let bytes: usize = docs.iter().map(String::len).sum();

    // The first build in a process compiles the shared built-in rules.
    let start = Instant::now();
    let cleaner = Cleaner::builder().build()?;
    let build_ms = start.elapsed().as_secs_f64() * 1e3;
    let mut out = String::new();
    let mut sink = 0usize;
    // One untimed round: page in the data and warm the caches.
    for doc in &docs {
        cleaner.clean_into(doc, &mut out);
        sink += out.len();
    }

    let mut rounds: Vec<Duration> = Vec::new();
    let begin = Instant::now();
    while rounds.len() < 3 || begin.elapsed().as_secs_f64() < min_secs {
        let start = Instant::now();
        for doc in &docs {
            cleaner.clean_into(doc, &mut out);
            sink += out.len();
        }
        rounds.push(start.elapsed());
    }
    rounds.sort();
    let median = rounds[rounds.len() / 2].as_secs_f64();
    eprintln!("(kept {} bytes over all rounds)", sink);
    println!(
        "deboil\t{}\t{}\t{}\t{:.6}\t{:.1}\t{:.2}",
        docs.len(),
        bytes,
        rounds.len(),
        median,
        bytes as f64 / 1e6 / median,
        build_ms
    );
    Ok(())
}

fn read_docs(dir: &PathBuf) -> Result<Vec<String>, Box<dyn Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    let is_input = |p: &PathBuf| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(".input.txt"))
    };
    if paths.iter().any(is_input) {
        paths.retain(is_input);
    }
    paths.sort();
    let mut docs = Vec::with_capacity(paths.len());
    for p in paths {
        let raw = std::fs::read(&p)?;
        docs.push(String::from_utf8_lossy(&raw).into_owned());
    }
    Ok(docs)
}
