//! `startup` row: how long the app takes to paint its first screen on a large library, and
//! how much memory its process tree holds, each beside a hello-world Tauri window
//! (`crates/hello-window`, the same Tauri build) launched in the same run.
//!
//! `cuttings-bench startup --library DIR [--library DIR2 …] [--runs N] [--release]`, under
//! an X display (scripts/bench runs it in xvfb-run); `--release` measures the release
//! builds of both programs instead of the debug ones.
//!
//! - Start: spawn → the line the UI has the shell print after two animation frames of its
//!   first screen (`cuttings-ready` with `--report-ready`; `hello-ready` for the baseline).
//!   Launches alternate between the app and the baseline; medians are reported, with the
//!   app's start-up marks (ms since its shell started: library opened, page loaded, the
//!   UI's script run, first list asked and received, painted) to show where time goes.
//! - Memory: proportional set size (PSS, from `/proc/PID/smaps_rollup`) of the process and
//!   all its descendants (the WebKit web and network processes). The baseline is measured
//!   after its first paint; the app after its first paint, one search and scrolling 1,000
//!   rows, driven through tauri-driver (WebDriver), as a user would.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};

/// Launches per program when `--runs` is not given.
const RUNS: usize = 5;

pub fn main(args: &[String]) -> Result<()> {
    let mut libraries = Vec::new();
    let mut runs = RUNS;
    let mut release = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--library" => libraries.push(PathBuf::from(it.next().context("--library DIR")?)),
            "--runs" => runs = it.next().context("--runs N")?.parse()?,
            "--release" => release = true,
            other => bail!("unknown argument {other}"),
        }
    }
    if libraries.is_empty() {
        bail!("give at least one --library DIR (e.g. one made by `cuttings-bench generate`)");
    }
    if std::env::var_os("DISPLAY").is_none() {
        bail!("no X display: run under xvfb-run (scripts/bench startup does)");
    }
    let bin = binaries_dir(if release { "release" } else { "debug" });
    let app = bin.join("cuttings-desktop");
    let hello = bin.join("cuttings-hello-window");
    for program in [&app, &hello] {
        if !program.is_file() {
            bail!(
                "{} is missing: build it first (scripts/bench startup does)",
                program.display()
            );
        }
    }
    println!("Start-up and memory ({runs} launches each, median; the baseline is a hello-world Tauri window)\n");
    println!(
        "{:<34} {:>12} {:>12} {:>8}",
        "library", "app ms", "hello ms", "ratio"
    );
    for library in &libraries {
        let count = article_count(library)?;
        let mut app_times = Vec::new();
        let mut hello_times = Vec::new();
        let mut app_marks = Vec::new();
        for _ in 0..runs {
            hello_times.push(launch(&hello, &[], "hello-ready")?);
            let (elapsed, marks) = launch_with_marks(
                &app,
                &[
                    "--library",
                    &library.display().to_string(),
                    "--report-ready",
                ],
            )?;
            app_times.push(elapsed);
            app_marks.extend(marks);
        }
        let (a, h) = (median(&mut app_times), median(&mut hello_times));
        println!(
            "{:<34} {:>12.0} {:>12.0} {:>7.2}×",
            format!("{} articles", group(count)),
            a.as_secs_f64() * 1000.0,
            h.as_secs_f64() * 1000.0,
            a.as_secs_f64() / h.as_secs_f64()
        );
        if !app_marks.is_empty() {
            println!("  where the app's time goes: {}", median_marks(&app_marks));
        }
    }
    let hello_pss = {
        let (_, mut child) = launch_kept(&hello, &[], "hello-ready")?;
        std::thread::sleep(Duration::from_millis(500));
        let parts = tree_pss_by_process(child.id())?;
        println!("\nhello window by process: {}", breakdown(&parts));
        stop(&mut child);
        parts.iter().map(|(_, pss)| pss).sum::<u64>()
    };
    let library = &libraries[0];
    let app_pss = drive_and_measure(&app, library)?;
    println!(
        "\nmemory (PSS of the process tree): hello window {:.0} MB; app on {} articles after a search and 1,000 rows scrolled {:.0} MB; difference {:.0} MB",
        mb(hello_pss),
        group(article_count(library)?),
        mb(app_pss),
        mb(app_pss) - mb(hello_pss)
    );
    println!("\nratio = app / hello window (lower is better; the target is ≤ 1.3×)");
    Ok(())
}

/// The folder holding the binaries of a profile (`CARGO_TARGET_DIR`, else the workspace's).
fn binaries_dir(profile: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join(profile)
}

fn article_count(library: &Path) -> Result<u64> {
    let conn = rusqlite::Connection::open_with_flags(
        library.join("library.sqlite"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?;
    let n: i64 = conn.query_row(
        "SELECT value FROM library_stat WHERE key = 'articles'",
        [],
        |r| r.get(0),
    )?;
    Ok(n.max(0) as u64)
}

/// Spawns `program`, waits for `ready` on its standard output, stops it; returns the time
/// from spawn to that line.
fn launch(program: &Path, args: &[&str], ready: &str) -> Result<Duration> {
    let (elapsed, mut child) = launch_kept(program, args, ready)?;
    stop(&mut child);
    Ok(elapsed)
}

/// Start-up marks: (name, ms since the shell started), as the app prints them.
type Marks = Vec<(String, f64)>;

/// Like [`launch`] for the app, also reading the `cuttings-marks` line it prints after
/// `cuttings-ready` (see `src-tauri/startup.rs`).
fn launch_with_marks(program: &Path, args: &[&str]) -> Result<(Duration, Option<Marks>)> {
    let (elapsed, mut child, lines) = spawn_until(program, args, "cuttings-ready")?;
    let marks = lines
        .recv_timeout(Duration::from_secs(2))
        .ok()
        .and_then(|line| serde_json::from_str(line.strip_prefix("cuttings-marks ")?).ok());
    stop(&mut child);
    Ok((elapsed, marks))
}

/// Like [`launch`], leaving the process running.
fn launch_kept(program: &Path, args: &[&str], ready: &str) -> Result<(Duration, Child)> {
    let (elapsed, child, _) = spawn_until(program, args, ready)?;
    Ok((elapsed, child))
}

/// Starts `program` and waits for its `ready` line; the lines after it arrive on the
/// returned receiver.
fn spawn_until(
    program: &Path,
    args: &[&str],
    ready: &str,
) -> Result<(Duration, Child, std::sync::mpsc::Receiver<String>)> {
    use std::os::unix::process::CommandExt;
    let started = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .with_context(|| format!("{}: cannot start", program.display()))?;
    let stdout = child.stdout.take().context("stdout")?;
    let (tx, rx) = std::sync::mpsc::channel();
    let (after_tx, after_rx) = std::sync::mpsc::channel();
    let wanted = ready.to_string();
    std::thread::spawn(move || {
        let mut seen = false;
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if seen {
                let _ = after_tx.send(line);
            } else if line.trim() == wanted {
                seen = true;
                let _ = tx.send(started.elapsed());
            }
        }
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(elapsed) => Ok((elapsed, child, after_rx)),
        Err(_) => {
            stop(&mut child);
            bail!("{} did not report {ready} within 60 s", program.display())
        }
    }
}

/// Each mark's median over runs, in time order: "shell 0 → library-open 3 → …".
fn median_marks(runs: &[Marks]) -> String {
    let mut names: Vec<String> = Vec::new();
    for (name, _) in runs.iter().flatten() {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    let mut medians: Vec<(String, f64)> = names
        .into_iter()
        .map(|name| {
            let mut times: Vec<f64> = runs
                .iter()
                .filter_map(|marks| marks.iter().find(|(n, _)| *n == name).map(|(_, t)| *t))
                .collect();
            times.sort_by(f64::total_cmp);
            (name, times[times.len() / 2])
        })
        .collect();
    medians.sort_by(|a, b| a.1.total_cmp(&b.1));
    medians
        .iter()
        .map(|(name, ms)| format!("{name} {ms:.0}"))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Ends a launched program and everything it started.
fn stop(child: &mut Child) {
    // SAFETY: kill(2) on the process group we created for this child.
    unsafe {
        libc::kill(-(child.id() as i32), libc::SIGKILL);
    }
    let _ = child.wait();
}

/// PSS in bytes of `root` and each of its descendants (by process name).
fn tree_pss_by_process(root: u32) -> Result<Vec<(String, u64)>> {
    let parents: Vec<(u32, u32)> = processes()?.iter().map(|p| (p.pid, p.ppid)).collect();
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    let mut out = Vec::new();
    for pid in tree {
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
            continue;
        };
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        for line in rollup.lines() {
            if let Some(kb) = line.strip_prefix("Pss:") {
                let kb = kb.trim().trim_end_matches("kB").trim();
                let bytes = kb.parse::<u64>().unwrap_or(0) * 1024;
                out.push((name.trim().to_string(), bytes));
            }
        }
    }
    Ok(out)
}

/// `name 12 MB, name 34 MB` for a breakdown.
fn breakdown(parts: &[(String, u64)]) -> String {
    parts
        .iter()
        .map(|(name, pss)| format!("{name} {:.0} MB", mb(*pss)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Starts the app through tauri-driver, searches, scrolls 1,000 rows, and returns the PSS
/// of the app's process tree.
fn drive_and_measure(app: &Path, library: &Path) -> Result<u64> {
    use std::os::unix::process::CommandExt;
    let port = 4890 + (std::process::id() % 50) as u16 * 2;
    let mut driver = Command::new("tauri-driver")
        .process_group(0)
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &(port + 1).to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("tauri-driver: cannot start (scripts/test installs it)")?;
    let result = (|| -> Result<u64> {
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::blocking::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while http.get(format!("{base}/status")).send().is_err() {
            if Instant::now() > deadline {
                bail!("tauri-driver did not start");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let session = post(
            &http,
            &format!("{base}/session"),
            json!({"capabilities": {"alwaysMatch": {"tauri:options": {
                "application": app, "args": ["--library", library]}}}}),
        )?;
        let id = session["sessionId"]
            .as_str()
            .ok_or_else(|| anyhow!("no session: {session}"))?
            .to_string();
        let url = format!("{base}/session/{id}");
        let run = |script: &str| {
            post(
                &http,
                &format!("{url}/execute/sync"),
                json!({"script": script, "args": []}),
            )
        };
        let wait = |script: &str| -> Result<()> {
            let until = Instant::now() + Duration::from_secs(30);
            while Instant::now() < until {
                if run(script)? == Value::Bool(true) {
                    return Ok(());
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            bail!("timed out waiting for: {script}")
        };
        wait("return document.querySelectorAll('[data-testid=\"article-row\"]').length > 0")?;
        run("const i = document.querySelector('[data-testid=\"search-input\"]'); i.value = 'kosovo'; i.dispatchEvent(new Event('input', { bubbles: true })); return true;")?;
        wait("return document.querySelector('[data-testid=\"row-snippet\"] mark') !== null")?;
        run("const i = document.querySelector('[data-testid=\"search-input\"]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); return true;")?;
        wait("return document.querySelector('[data-testid=\"row-snippet\"]') === null")?;
        // Scroll a screen at a time until 1,000 rows have gone by.
        let mut scrolled = 0.0;
        for _ in 0..400 {
            let v = run("const s = document.querySelector('[role=\"listbox\"][aria-label=\"Articles\"]'); const row = document.querySelector('[data-testid=\"article-row\"]'); s.scrollTop += s.clientHeight; return s.scrollTop / row.offsetHeight;")?;
            scrolled = v.as_f64().unwrap_or(0.0);
            if scrolled >= 1000.0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        if scrolled < 1000.0 {
            bail!("the list stopped scrolling at row {scrolled:.0}");
        }
        std::thread::sleep(Duration::from_millis(500));
        let pid = newest_process_of(app)?;
        let parts = tree_pss_by_process(pid)?;
        println!("app by process: {}", breakdown(&parts));
        let pss = parts.iter().map(|(_, pss)| pss).sum();
        let _ = http.delete(&url).send();
        Ok(pss)
    })();
    stop(&mut driver);
    // WebKitWebDriver leaves tauri-driver's process group: end it by its port.
    kill_matching(&format!("--port={}", port + 1));
    result
}

fn post(http: &reqwest::blocking::Client, url: &str, body: Value) -> Result<Value> {
    let text = http
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()?
        .text()?;
    let v: Value = serde_json::from_str(&text)?;
    if let Some(error) = v["value"].get("error") {
        bail!("{url}: {error} {}", v["value"]["message"]);
    }
    Ok(v["value"].clone())
}

/// Kills every process whose command line contains `needle`.
fn kill_matching(needle: &str) {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if String::from_utf8_lossy(&cmdline).contains(needle) {
            // SAFETY: kill(2) on a process this benchmark started through tauri-driver.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
    }
}

/// The most recently started process running `program`.
fn newest_process_of(program: &Path) -> Result<u32> {
    let wanted = program.canonicalize()?;
    processes()?
        .into_iter()
        .filter(|p| {
            std::fs::read_link(format!("/proc/{}/exe", p.pid))
                .ok()
                .as_deref()
                == Some(&wanted)
        })
        .max_by_key(|p| p.start)
        .map(|p| p.pid)
        .ok_or_else(|| anyhow!("{} is not running", program.display()))
}

/// A running process as `/proc/PID/stat` describes it.
struct Process {
    pid: u32,
    ppid: u32,
    /// Start time in clock ticks after boot.
    start: u64,
}

/// Every process this user can see.
fn processes() -> Result<Vec<Process>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let name = entry?.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The fields after the command name (which may contain spaces) follow its ')'.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        let field = |i: usize| fields.get(i).and_then(|f| f.parse().ok());
        if let (Some(ppid), Some(start)) = (field(1), field(19)) {
            out.push(Process {
                pid,
                ppid: ppid as u32,
                start,
            });
        }
    }
    Ok(out)
}

fn median(values: &mut [Duration]) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
