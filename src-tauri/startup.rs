//! Start-up marks for the start-up benchmark (`--report-ready`): when the shell started,
//! opened the library and loaded the page, and, sent by the UI with its first paint, when
//! the page's script ran, the first list was asked for and received, and the screen was
//! painted. Printed as one `cuttings-marks {json}` line, in milliseconds since the shell
//! started, so the benchmark can say where the start-up time goes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Deserialize;

/// (name, milliseconds since the Unix epoch), in the order recorded.
static MARKS: Mutex<Vec<(String, f64)>> = Mutex::new(Vec::new());

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Marks are kept only from [`start`] until they are printed: not at all unless the
/// benchmark asks (`--report-ready`), so a long session does not collect them.
static RECORDING: AtomicBool = AtomicBool::new(false);

/// Starts recording, with the shell's first mark.
pub fn start() {
    RECORDING.store(true, Ordering::Relaxed);
    mark("shell");
}

/// Records a shell-side mark now, while recording.
pub fn mark(name: &str) {
    if !RECORDING.load(Ordering::Relaxed) {
        return;
    }
    let mut marks = MARKS.lock().unwrap_or_else(|p| p.into_inner());
    marks.push((name.to_string(), now_ms()));
}

/// A mark the UI measured, with the page's clock (`performance.timeOrigin + t`).
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct UiMark {
    pub name: String,
    /// Milliseconds since the Unix epoch.
    pub at: f64,
}

/// The `cuttings-marks` line: every mark, shell and UI, as `[name, ms]` pairs in time
/// order, ms counted from the first shell mark.
pub fn marks_line(ui: &[UiMark]) -> String {
    RECORDING.store(false, Ordering::Relaxed);
    let marks = MARKS.lock().unwrap_or_else(|p| p.into_inner());
    let origin = marks.first().map(|(_, at)| *at).unwrap_or_else(now_ms);
    let mut all: Vec<(String, f64)> = marks
        .iter()
        .cloned()
        .chain(ui.iter().map(|m| (format!("ui:{}", m.name), m.at)))
        .map(|(name, at)| (name, ((at - origin) * 10.0).round() / 10.0))
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1));
    format!("cuttings-marks {}", serde_json::json!(all))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_relative_to_the_first_and_sorted() {
        RECORDING.store(true, Ordering::Relaxed);
        mark("start");
        let origin = MARKS.lock().unwrap()[0].1;
        let line = marks_line(&[
            UiMark {
                name: "painted".into(),
                at: origin + 250.0,
            },
            UiMark {
                name: "script".into(),
                at: origin + 100.04,
            },
        ]);
        let marks: Vec<(String, f64)> =
            serde_json::from_str(line.strip_prefix("cuttings-marks ").unwrap()).unwrap();
        assert_eq!(
            marks,
            [
                ("start".to_string(), 0.0),
                ("ui:script".to_string(), 100.0),
                ("ui:painted".to_string(), 250.0)
            ]
        );
    }
}
