//! Criterion benchmarks for `Cleaner`, one group per concern:
//!
//! - `default/*`: the default cleaner over generated whole-page dumps and
//!   extracted articles of several sizes, up to one 16 MB document (linearity);
//! - `family/*`: each built-in rule alone, all others disabled, and `none`,
//!   the cost of reading, normalizing and writing with every rule off;
//! - `build`: building the default `Cleaner`. The built-in rules and phrase
//!   packs are compiled once per process and shared, so the first build
//!   (timed once, before the groups run, and printed as `build/cold`) costs
//!   far more than the later ones criterion measures;
//! - `hostile/*`: a single 50 MB line and 1,000,000 one-character lines.
//!
//! Every cleaner is built outside the measured closure; throughput is in
//! input bytes. Run with `cargo bench --bench clean [-- FILTER]`.

use std::time::{Duration, Instant};

use criterion::{black_box, criterion_group, BenchmarkId, Criterion, SamplingMode, Throughput};
use deboil::{Cleaner, RuleId};

mod corpus;

const KB: usize = 1024;
const MB: usize = 1024 * 1024;

fn default_cleaner(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().expect("default config builds");
    let mut g = c.benchmark_group("default");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    let inputs = [
        ("full-page", 4 * KB, corpus::full_pages(1, 4 * KB)),
        ("full-page", 64 * KB, corpus::full_pages(2, 64 * KB)),
        ("full-page", MB, corpus::full_pages(3, MB)),
        ("full-page", 16 * MB, corpus::full_pages(4, 16 * MB)),
        ("extracted", 4 * KB, corpus::extracted(5, 4 * KB)),
        ("extracted", 64 * KB, corpus::extracted(6, 64 * KB)),
        ("extracted", MB, corpus::extracted(7, MB)),
    ];
    let mut out = String::new();
    for (shape, size, text) in &inputs {
        if *size >= MB {
            // A big input takes long enough a run that ten samples of a
            // few runs each measure it well; the default sampling would
            // run it hundreds of times.
            g.sample_size(10).sampling_mode(SamplingMode::Flat);
        } else {
            g.sample_size(50).sampling_mode(SamplingMode::Auto);
        }
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new(*shape, label(*size)), text, |b, t| {
            b.iter(|| cleaner.clean_into(black_box(t), &mut out))
        });
    }
    g.finish();
}

fn families(c: &mut Criterion) {
    let text = corpus::full_pages(3, 256 * KB);
    let mut g = c.benchmark_group("family");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Bytes(text.len() as u64));
    let mut out = String::new();
    let none = only(None);
    g.bench_function("none", |b| {
        b.iter(|| none.clean_into(black_box(&text), &mut out))
    });
    for &id in RuleId::ALL {
        let cleaner = only(Some(id));
        g.bench_function(id.name(), |b| {
            b.iter(|| cleaner.clean_into(black_box(&text), &mut out))
        });
    }
    g.finish();
}

/// A cleaner with every built-in rule but `keep` disabled.
fn only(keep: Option<RuleId>) -> Cleaner {
    let mut builder = Cleaner::builder();
    for &id in RuleId::ALL {
        if Some(id) != keep {
            builder.disable(id);
        }
    }
    builder
        .build()
        .expect("a cleaner with rules disabled builds")
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    g.sample_size(30);
    g.bench_function("default", |b| {
        b.iter(|| Cleaner::builder().build().expect("default config builds"))
    });
    g.finish();
}

fn hostile(c: &mut Criterion) {
    let cleaner = Cleaner::builder().build().expect("default config builds");
    let mut g = c.benchmark_group("hostile");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(5));
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    let mut out = String::new();

    // One 50 MB line of prose-looking words and no newline: a minified dump.
    let mut long = String::with_capacity(50 * MB + 64);
    let mut rng = corpus::Rng::new(9);
    let words = [
        "the", "council", "voted", "on", "Monday", "to", "approve", "lanes",
    ];
    while long.len() < 50 * MB {
        long.push_str(rng.pick(&words));
        long.push(' ');
    }
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("one-50MB-line", |b| {
        b.iter(|| cleaner.clean_into(black_box(&long), &mut out))
    });
    drop(long);

    let tiny = "x\n".repeat(1_000_000);
    g.throughput(Throughput::Bytes(tiny.len() as u64));
    g.bench_function("1M-one-char-lines", |b| {
        b.iter(|| cleaner.clean_into(black_box(&tiny), &mut out))
    });
    g.finish();
}

fn label(size: usize) -> String {
    if size >= MB {
        format!("{}MB", size / MB)
    } else {
        format!("{}KB", size / KB)
    }
}

/// Times the first build in the process, which compiles the shared
/// built-in rules and phrase packs; criterion cannot, as it repeats.
fn cold_build() {
    let start = Instant::now();
    let cleaner = Cleaner::builder().build().expect("default config builds");
    let cold = start.elapsed();
    black_box(cleaner);
    println!(
        "build/cold              time:   {:.2} ms (first build in the process)",
        cold.as_secs_f64() * 1e3
    );
}

criterion_group!(benches, default_cleaner, families, build, hostile);

fn main() {
    cold_build();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
