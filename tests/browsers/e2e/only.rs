//! `E2E_ONLY`: which checks a run runs, by their names. Each comma-separated
//! part selects the checks whose name contains it, whatever the case;
//! unset or empty, every check runs.

pub struct Only {
    /// As the variable says it, for messages.
    text: String,
    /// Lower case, trimmed, none empty.
    parts: Vec<String>,
}

impl Only {
    pub fn from_env() -> Only {
        let text = std::env::var("E2E_ONLY").unwrap_or_default();
        let parts = text
            .split(',')
            .map(|part| part.trim().to_lowercase())
            .filter(|part| !part.is_empty())
            .collect();
        Only { text, parts }
    }

    pub fn selects(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.parts.is_empty() || self.parts.iter().any(|part| name.contains(part.as_str()))
    }

    /// Of the `total` checks the chosen engines would run, under `names`,
    /// `selected` are selected: says so, says which parts select nothing,
    /// and fails when nothing at all is, rather than run nothing and pass.
    pub fn confirm(&self, names: &[&str], selected: usize, total: usize) -> Result<(), String> {
        if self.parts.is_empty() {
            return Ok(());
        }
        for part in &self.parts {
            if !names
                .iter()
                .any(|name| name.to_lowercase().contains(part.as_str()))
            {
                println!("e2e: `{part}` in E2E_ONLY is in no check's name");
            }
        }
        if selected == 0 {
            return Err(format!(
                "E2E_ONLY=`{}` selects no check in the engines E2E_ENGINES picks; their checks are:\n  {}",
                self.text,
                names.join("\n  ")
            ));
        }
        let named = names.iter().filter(|name| self.selects(name)).count();
        println!(
            "e2e: E2E_ONLY=`{}`: {selected} of {total} checks to run, under {named} of {} names",
            self.text,
            names.len()
        );
        Ok(())
    }
}
