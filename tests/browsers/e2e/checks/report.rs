//! What a run prints: one line a check, `ok` or `FAIL` with the reason
//! indented below it, and the counts at the end.

use crate::page::Step;

#[derive(Default)]
pub struct Report {
    pub passed: usize,
    pub failed: usize,
}

impl Report {
    pub fn record(&mut self, label: &str, check: &str, result: Step) {
        match result {
            Ok(()) => {
                self.passed += 1;
                println!("ok    {label}: {check}");
            }
            Err(reason) => {
                self.failed += 1;
                println!(
                    "FAIL  {label}: {check}\n      {}",
                    reason.replace('\n', "\n      ")
                );
            }
        }
    }
}
