//! Criterion benchmark for `deboil::jsonl::clean_record`: cleaning the
//! `text` field of JSONL records made of generated whole-page dumps,
//! against `Cleaner::clean_into` over the same texts, so the cost of
//! parsing and re-writing the records shows as the difference.
//!
//! Needs the `serde` feature: `cargo bench --features serde --bench jsonl`.

use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use deboil::{jsonl, Cleaner};

#[allow(dead_code)]
mod corpus;

fn records(c: &mut Criterion) {
    let mut rng = corpus::Rng::new(11);
    let texts: Vec<String> = (0..200)
        .map(|_| {
            let paragraphs = rng.range(10, 40);
            corpus::full_page(&mut rng, paragraphs)
        })
        .collect();
    let lines: Vec<Vec<u8>> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let text = serde_json::to_string(t).expect("a string serializes");
            format!(r#"{{"id": {i}, "url": "https://news.example.com/{i}", "text": {text}}}"#)
                .into_bytes()
        })
        .collect();
    let jsonl_bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let text_bytes: usize = texts.iter().map(String::len).sum();

    let cleaner = Cleaner::builder().build().expect("default config builds");
    let mut g = c.benchmark_group("jsonl");
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));
    g.sample_size(10);

    let mut out = Vec::new();
    g.throughput(Throughput::Bytes(jsonl_bytes as u64));
    g.bench_function("clean_record", |b| {
        b.iter(|| {
            for line in &lines {
                jsonl::clean_record(&cleaner, black_box(line), "text", &mut out)
                    .expect("generated records are valid");
            }
        })
    });

    let mut buf = String::new();
    g.throughput(Throughput::Bytes(text_bytes as u64));
    g.bench_function("clean_into-same-texts", |b| {
        b.iter(|| {
            for t in &texts {
                cleaner.clean_into(black_box(t), &mut buf);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, records);
criterion_main!(benches);
