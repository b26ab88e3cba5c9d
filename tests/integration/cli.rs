//! The `deboil` binary, run as a subprocess.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PAGE: &str = "Loading...\n\
Harbour ferry returns after winter repairs\n\
By Ana Ruiz, Coast Desk\n\
https://img.example.net/ferry.jpg\n\
\n\
The ferry between the two islands sailed again on Monday after four months in dry dock, carrying forty passengers on its first run.\n\
\n\
Crews replaced the engines and repainted the hull, and the operator says the crossing will now take twenty minutes instead of thirty.\n\
\n\
Share this article\n\
Most Popular\n\
Ten beaches to visit this summer";

const OTHER: &str = "Advertisement\n\
Night trains are coming back to the valley line this autumn, the regional transport office said on Thursday.\n\
Tweet";

/// The result of one run.
struct Run {
    code: i32,
    stdout: String,
    /// Standard output as bytes, for output that need not be UTF-8.
    raw: Vec<u8>,
    stderr: String,
}

fn cmd() -> Command {
    Command::new(env!("CARGO_BIN_EXE_deboil"))
}

fn run_with(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("deboil starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        // The tool may exit before reading everything; that is fine here.
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("deboil runs");
    feeder.join().expect("stdin feeder");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "deboil panicked: {stderr}");
    Run {
        code: out.status.code().expect("deboil exits normally"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        raw: out.stdout,
        stderr,
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, b"")
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("deboil-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path.to_str().expect("UTF-8 temp path").to_string()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).expect("read output")
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect()
}

// Plain-text mode.

#[test]
fn stdin_prints_clean_text_and_one_newline() {
    let r = run_with(&[], PAGE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{}\n", deboil::clean(PAGE)));
    assert!(r.stdout.contains("The ferry between the two islands"));
    assert!(!r.stdout.contains("Loading..."));
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn file_and_dash_read_the_same_document() {
    let dir = scratch("file-dash");
    let page = write(&dir, "page.txt", PAGE);
    let from_file = run(&[&page]);
    let from_dash = run_with(&["-"], PAGE.as_bytes());
    assert_eq!(from_file.code, 0);
    assert_eq!(from_file.stdout, from_dash.stdout);
    assert_eq!(from_file.stdout, format!("{}\n", deboil::clean(PAGE)));
}

#[test]
fn several_files_are_separated_by_a_blank_line() {
    let dir = scratch("several");
    let a = write(&dir, "a.txt", PAGE);
    let empty = write(&dir, "empty.txt", "Advertisement\nTweet\n");
    let b = write(&dir, "b.txt", OTHER);
    let r = run(&[&a, &empty, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("{}\n\n{}\n", deboil::clean(PAGE), deboil::clean(OTHER))
    );
}

#[test]
fn a_document_that_cleans_to_nothing_prints_nothing() {
    let r = run_with(&[], b"Advertisement\nShare this article\n");
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "");
    let r = run_with(&[], b"");
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn report_has_a_line_per_removal_and_per_document() {
    let dir = scratch("report");
    let page = write(&dir, "page.txt", PAGE);
    let report = dir.join("report.jsonl");
    let r = run(&["--report", report.to_str().unwrap(), &page]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&read(&report));
    let removals: Vec<_> = lines.iter().filter(|l| l["kind"] == "removal").collect();
    let rules: Vec<&str> = removals
        .iter()
        .map(|l| l["rule"].as_str().unwrap())
        .collect();
    for rule in ["placeholder", "byline", "url"] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    for l in &removals {
        assert_eq!(l["file"], page.as_str());
        let (start, end) = (l["start"].as_u64().unwrap(), l["end"].as_u64().unwrap());
        assert_eq!(
            &PAGE[start as usize..end as usize],
            l["text"].as_str().unwrap()
        );
        assert!(l["first_line"].as_u64() <= l["last_line"].as_u64());
        assert!(l["reason"].is_string());
    }
    let docs: Vec<_> = lines.iter().filter(|l| l["kind"] == "document").collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["byline"], "By Ana Ruiz, Coast Desk");
    assert!(docs[0].get("guard").is_some());
    assert!(docs[0].get("language").is_some());
}

#[test]
fn list_rules_shows_every_rule_with_its_summary() {
    let r = run(&["--list-rules"]);
    assert_eq!(r.code, 0);
    for rule in deboil::RuleId::ALL {
        let line = r
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(rule.name()))
            .unwrap_or_else(|| panic!("{} not listed", rule.name()));
        assert!(line.ends_with(rule.summary()), "{line}");
    }
}

#[test]
fn disable_keeps_what_the_rule_would_remove() {
    let r = run_with(&["--disable", "byline"], PAGE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("By Ana Ruiz, Coast Desk"));
    let r = run_with(&["--disable", "byline,placeholder"], PAGE.as_bytes());
    assert!(r.stdout.contains("By Ana Ruiz") && r.stdout.contains("Loading..."));
}

#[test]
fn unknown_rule_is_a_usage_error() {
    let r = run_with(&["--disable", "bylines"], PAGE.as_bytes());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("bylines"), "{}", r.stderr);
    assert!(r.stderr.contains("byline"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
}

#[test]
fn drop_lines_adds_a_rule_and_a_bad_regex_is_a_usage_error() {
    let input = "(Coast Wire)\nThe ferry sailed again on Monday after four months in dock.";
    let r = run_with(&["--drop-lines", r"wire=^\(\w+ Wire\)$"], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "The ferry sailed again on Monday after four months in dock.\n"
    );
    let r = run_with(&["--drop-lines", "wire=(unclosed"], input.as_bytes());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("wire"), "{}", r.stderr);
    let r = run_with(&["--drop-lines", "no-equals-sign"], input.as_bytes());
    assert_eq!(r.code, 2);
}

#[test]
fn pack_adds_phrases_and_a_bad_pack_is_a_usage_error() {
    let dir = scratch("pack");
    let good = write(&dir, "xx.txt", "lang = xx\n[share]\n= zorblat quux\n");
    let bad = write(&dir, "bad.txt", "lang = xx\n[no such section]\n= x\n");
    let input = "Zorblat quux\n\nThe ferry sailed again on Monday after four months in dock.";
    let r = run_with(&["--pack", &good], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "The ferry sailed again on Monday after four months in dock.\n"
    );
    // Without the pack the line is no known phrase.
    assert!(run_with(&[], input.as_bytes())
        .stdout
        .starts_with("Zorblat quux"));
    let r = run_with(&["--pack", &bad], input.as_bytes());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("bad.txt:3"), "{}", r.stderr);
    let missing = dir.join("missing.txt");
    let r = run_with(
        &["--pack", &missing.display().to_string()],
        input.as_bytes(),
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("missing.txt"), "{}", r.stderr);
}

#[test]
fn nfkc_folds_ligatures() {
    let input = "The \u{fb01}nal ferry left at noon on Monday.";
    let r = run_with(&["--nfkc"], input.as_bytes());
    assert_eq!(r.stdout, "The final ferry left at noon on Monday.\n");
    let r = run_with(&["--normalization", "nfc"], input.as_bytes());
    assert_eq!(r.stdout, format!("{input}\n"));
}

#[test]
fn explain_marks_removed_lines_with_rule_and_reason() {
    let r = run_with(&["--explain"], PAGE.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with(" 1 - [placeholder: "), "{}", lines[0]);
    assert!(lines[0].ends_with("  Loading..."));
    assert_eq!(lines[1], " 2   Harbour ferry returns after winter repairs");
    assert!(lines[2].starts_with(" 3 - [byline: "), "{}", lines[2]);
    assert!(
        lines[5].starts_with(" 6   The ferry between"),
        "{}",
        lines[5]
    );
    assert!(
        !r.stdout.contains('\x1b'),
        "no colour when stdout is a pipe"
    );
    assert!(r.stdout.contains("byline: By Ana Ruiz, Coast Desk"));

    let r = run_with(&["--explain", "--color", "always"], PAGE.as_bytes());
    assert!(r.stdout.contains("\x1b[31m"));
}

#[test]
fn explain_escapes_control_characters() {
    let r = run_with(
        &["--explain"],
        b"Night trains return to the valley line this autumn\x1b[2J.",
    );
    assert!(!r.stdout.contains('\x1b'));
    assert!(r.stdout.contains("\\u{1b}[2J"));
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut input = b"The ferry sailed again on Monday, caf".to_vec();
    input.push(0xe9);
    input.extend_from_slice(b" open.\n");
    let r = run_with(&[], &input);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("caf\u{fffd} open."));
    assert!(r.stderr.contains("warning"), "{}", r.stderr);
    assert!(r.stderr.contains("byte offset 37"), "{}", r.stderr);

    let r = run_with(&["--strict"], &input);
    assert_eq!(r.code, 65);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("byte offset 37"), "{}", r.stderr);
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let dir = scratch("missing");
    let gone = dir.join("not-there.txt");
    let r = run(&[gone.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not-there.txt"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn unwritable_report_is_an_error() {
    let dir = scratch("unwritable");
    let report = dir.join("no-such-dir").join("r.jsonl");
    let r = run_with(&["--report", report.to_str().unwrap()], PAGE.as_bytes());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("r.jsonl"), "{}", r.stderr);
}

#[test]
fn report_over_an_input_is_refused() {
    let dir = scratch("overwrite");
    let page = write(&dir, "page.txt", PAGE);
    let r = run(&["--report", &page, &page]);
    assert_eq!(r.code, 2);
    assert_eq!(read(&page), PAGE);
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = scratch("pipe");
    let big = write(&dir, "big.txt", format!("{PAGE}\n\n").repeat(20_000));
    let mut child = cmd()
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here, like `deboil big.txt | head -c 16`.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn help_documents_exit_status_and_examples() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    for needle in ["Exit status", "65", "--jsonl", "--explain", "Examples"] {
        assert!(r.stdout.contains(needle), "help lacks {needle}");
    }
}

// JSONL mode.

const REC_A: &str = r#"{"id":"a1","url":"https://example.org/a","text":"Loading...\nThe ferry sailed again on Monday after four months in dry dock.","tags":["sea", {"n":1}],"text_len":74}"#;
const REC_B: &str = r#"{ "z" : 1.50 , "text":"Night trains return to the valley line this autumn.\nTweet" , "a":null }"#;

#[test]
fn jsonl_replaces_only_the_field_and_keeps_order() {
    let input = format!("{REC_A}\n{REC_B}\n");
    let r = run_with(&["--jsonl"], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        out,
        [
            r#"{"id":"a1","url":"https://example.org/a","text":"The ferry sailed again on Monday after four months in dry dock.","tags":["sea", {"n":1}],"text_len":74}"#,
            r#"{ "z" : 1.50 , "text":"Night trains return to the valley line this autumn." , "a":null }"#,
        ]
    );
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn jsonl_field_names_the_field_to_clean() {
    let input = r#"{"text":"Tweet","body":"Advertisement\nThe ferry sailed again on Monday."}"#;
    let r = run_with(&["--jsonl", "--field", "body"], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "{\"text\":\"Tweet\",\"body\":\"The ferry sailed again on Monday.\"}\n"
    );
}

#[test]
fn jsonl_field_needs_jsonl() {
    assert_eq!(run(&["--field", "body"]).code, 2);
}

#[test]
fn jsonl_invalid_records_pass_through_and_exit_1() {
    let input = format!(
        "{REC_A}\n{{\"text\": \"cut off\n[1,2]\n{{\"body\":\"x\"}}\n{{\"text\":7}}\n{REC_B}\n"
    );
    let r = run_with(&["--jsonl"], input.as_bytes());
    assert_eq!(r.code, 1);
    let out: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(out.len(), 6);
    assert_eq!(
        out[1..5],
        [
            "{\"text\": \"cut off",
            "[1,2]",
            "{\"body\":\"x\"}",
            "{\"text\":7}"
        ]
    );
    for (line, code) in [
        (2, "malformed"),
        (3, "JSON object"),
        (4, "no \"text\" field"),
        (5, "not a string"),
    ] {
        let msg = r
            .stderr
            .lines()
            .find(|l| l.contains(&format!(":{line}: ")))
            .unwrap_or_else(|| panic!("line {line} not reported: {}", r.stderr));
        assert!(msg.contains(code), "{msg}");
    }
    assert!(
        r.stderr
            .contains("records in: 6, out: 6, rejected: 0, invalid passed through: 4"),
        "{}",
        r.stderr
    );
}

#[test]
fn jsonl_skip_invalid_writes_rejects_next_to_the_input() {
    let dir = scratch("rejects");
    let input = write(
        &dir,
        "crawl.jsonl",
        format!("{REC_A}\nnot json\n{REC_B}\n{{\"text\":null}}\n"),
    );
    let r = run(&["--jsonl", "--skip-invalid", &input]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout.lines().count(), 2);
    assert_eq!(
        read(format!("{input}.rejects.jsonl")),
        "not json\n{\"text\":null}\n"
    );
    assert!(
        r.stderr.contains(
            "records in: 4, out: 2, rejected: 2, invalid passed through: 0 (in = out + rejected)"
        ),
        "{}",
        r.stderr
    );

    // Standard input has no name to put the rejects beside.
    let r = run_with(&["--jsonl", "--skip-invalid"], b"not json\n");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--rejects"), "{}", r.stderr);
    let rejects = dir.join("bad.jsonl");
    let r = run_with(
        &[
            "--jsonl",
            "--skip-invalid",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
        b"not json\n",
    );
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
    assert_eq!(read(&rejects), "not json\n");
}

#[test]
fn jsonl_bom_crlf_blank_and_truncated_lines() {
    let input = format!("\u{feff}{REC_A}\r\n\r\n{REC_B}\r\n{{\"text\":\"Tweet\\nThe ferry");
    let r = run_with(&["--jsonl", "--stats"], input.as_bytes());
    assert_eq!(r.code, 1, "the truncated last line is invalid");
    let out: Vec<&str> = r.stdout.split('\n').collect();
    assert_eq!(out.len(), 4, "{out:?}");
    assert!(
        out[0].starts_with(r#"{"id":"a1""#),
        "BOM dropped: {:?}",
        out[0]
    );
    assert!(
        out[0].ends_with("\r") && out[1].ends_with("\r"),
        "CRLF kept"
    );
    assert_eq!(out[2], "{\"text\":\"Tweet\\nThe ferry");
    assert_eq!(out[3], "");
    assert!(r.stderr.contains(":4: malformed JSON"), "{}", r.stderr);
    assert!(r.stderr.contains("blank lines skipped: 1"), "{}", r.stderr);
    assert!(r.stderr.contains("records in: 3, out: 3"), "{}", r.stderr);
}

#[test]
fn jsonl_duplicate_keys() {
    let input = concat!(
        r#"{"a":1,"a":2,"text":"Tweet\nThe ferry sailed again on Monday."}"#,
        "\n",
        r#"{"text":"Tweet","text":"The ferry sailed again on Monday."}"#,
        "\n"
    );
    let r = run_with(&["--jsonl"], input.as_bytes());
    assert_eq!(r.code, 1);
    let out: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        out[0],
        r#"{"a":1,"a":2,"text":"The ferry sailed again on Monday."}"#
    );
    assert_eq!(
        out[1],
        r#"{"text":"Tweet","text":"The ferry sailed again on Monday."}"#
    );
    assert!(r.stderr.contains("appears 2 times"), "{}", r.stderr);
}

#[test]
fn jsonl_invalid_utf8_record_names_its_offset() {
    let mut input = br#"{"id":1,"text":"caf"#.to_vec();
    input.push(0xe9);
    input.extend_from_slice(b"\"}\n");
    let r = run_with(&["--jsonl"], &input);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(":1: invalid UTF-8 at byte 19"),
        "{}",
        r.stderr
    );
    assert_eq!(r.raw, input, "passed through byte for byte");
}

#[test]
fn jsonl_huge_field() {
    let para =
        "The ferry between the two islands sailed again on Monday after four months in dry dock. ";
    let body = para.repeat(120_000); // about 10 MB, more than one window
    let input = format!("{{\"id\":9,\"text\":\"Advertisement\\n{body}\"}}\n{REC_B}\n");
    let r = run_with(&["--jsonl"], input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(out.len(), 2);
    assert!(out[0].starts_with("{\"id\":9,\"text\":\"The ferry between"));
    assert_eq!(
        out[0].len(),
        input.lines().next().unwrap().len() - "Advertisement\\n".len() - 1
    );
}

#[test]
fn jsonl_report_is_keyed_by_line_and_id() {
    let dir = scratch("jsonl-report");
    let report = dir.join("r.jsonl");
    let input = format!("{REC_A}\n\nbroken\n{REC_B}\n");
    let r = run_with(
        &["--jsonl", "--report", report.to_str().unwrap()],
        input.as_bytes(),
    );
    assert_eq!(r.code, 1);
    let lines = json_lines(&read(&report));
    let a: Vec<_> = lines.iter().filter(|l| l["line"] == 1).collect();
    assert!(a.iter().all(|l| l["id"] == "a1"));
    assert!(a
        .iter()
        .any(|l| l["kind"] == "removal" && l["rule"] == "placeholder"));
    assert!(a.iter().any(|l| l["kind"] == "document"));
    let bad = lines.iter().find(|l| l["kind"] == "invalid").unwrap();
    assert_eq!(
        (bad["line"].as_u64(), bad["error"].as_str()),
        (Some(3), Some("malformed"))
    );
    let b: Vec<_> = lines.iter().filter(|l| l["line"] == 4).collect();
    assert!(b.iter().any(|l| l["rule"] == "social"));
    assert!(b.iter().all(|l| l.get("id").is_none()));
}

#[test]
fn jsonl_output_does_not_depend_on_threads() {
    let mut input = String::new();
    for i in 0..9000 {
        let extra = if i % 7 == 0 {
            "\\nShare this article"
        } else {
            ""
        };
        input.push_str(&format!(
            "{{\"id\":{i},\"text\":\"Advertisement\\nRecord {i}: the ferry sailed again on Monday after repairs.{extra}\"}}\n"
        ));
        if i % 1000 == 0 {
            input.push_str("oops\n");
        }
    }
    let one = run_with(&["--jsonl", "--threads", "1"], input.as_bytes());
    let two = run_with(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(one.code, 1);
    assert_eq!(two.code, 1);
    assert_eq!(one.stdout.lines().count(), 9009);
    assert!(
        one.stdout == two.stdout,
        "outputs differ between 1 and 2 threads"
    );
    assert_eq!(one.stderr, two.stderr);
    for (i, line) in one.stdout.lines().filter(|l| *l != "oops").enumerate() {
        assert!(
            line.starts_with(&format!("{{\"id\":{i},\"text\":\"Record {i}:")),
            "{line}"
        );
    }
}
