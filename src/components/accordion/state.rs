/// Which sections of the accordion are open. Plain data, so its rules are
/// tested natively; components hold it in a signal (see `AccordionContext`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenSections {
    ids: Vec<&'static str>,
    open: Vec<bool>,
}

impl OpenSections {
    /// Every section closed, as a reader first sees them.
    pub fn closed(ids: Vec<&'static str>) -> Self {
        let open = vec![false; ids.len()];
        Self { ids, open }
    }

    pub fn is_open(&self, index: usize) -> bool {
        self.open.get(index).copied().unwrap_or(false)
    }

    /// Opens or closes one section; the others keep their state.
    pub fn set(&mut self, index: usize, open: bool) {
        if let Some(slot) = self.open.get_mut(index) {
            *slot = open;
        }
    }

    pub fn toggle(&mut self, index: usize) {
        let open = !self.is_open(index);
        self.set(index, open);
    }

    pub fn set_all(&mut self, open: bool) {
        self.open.fill(open);
    }

    /// True when every section is open (and there is at least one).
    pub fn all_open(&self) -> bool {
        !self.open.is_empty() && self.open.iter().all(|&open| open)
    }

    /// Id of the section at this position.
    pub fn id(&self, index: usize) -> Option<&'static str> {
        self.ids.get(index).copied()
    }

    /// Ids of the sections whose state differs between `self` and `other`.
    pub fn changed_since(&self, other: &OpenSections) -> Vec<(&'static str, bool)> {
        (0..self.ids.len())
            .filter(|&i| self.is_open(i) != other.is_open(i))
            .map(|i| (self.ids[i], self.is_open(i)))
            .collect()
    }

    /// Position of the section with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|&known| known == id)
    }

    /// Opens or closes the section with this id; an id no section has (an
    /// unrelated `#fragment` of the host page, say) changes nothing.
    pub fn set_id(&mut self, id: &str, open: bool) {
        if let Some(index) = self.index_of(id) {
            self.set(index, open);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::OpenSections;

    fn three() -> OpenSections {
        OpenSections::closed(vec!["a", "b", "c"])
    }

    #[test]
    fn starts_closed() {
        let state = three();
        assert!((0..3).all(|i| !state.is_open(i)));
        assert!(!state.all_open());
    }

    #[test]
    fn toggling_one_leaves_the_others() {
        let mut state = three();
        state.toggle(1);
        assert!(state.is_open(1));
        assert!(!state.is_open(0) && !state.is_open(2));
        state.toggle(1);
        assert!(!state.is_open(1));
    }

    #[test]
    fn several_can_be_open_and_all_open_follows_single_toggles() {
        let mut state = three();
        state.toggle(0);
        state.toggle(2);
        assert!(!state.all_open());
        state.toggle(1);
        assert!(state.all_open());
        state.toggle(0);
        assert!(!state.all_open());
    }

    #[test]
    fn set_all_opens_and_closes_everything() {
        let mut state = three();
        state.toggle(1);
        state.set_all(true);
        assert!(state.all_open());
        state.set_all(false);
        assert!((0..3).all(|i| !state.is_open(i)));
    }

    #[test]
    fn set_id_sets_known_ids_only() {
        let mut state = three();
        state.set_id("c", true);
        assert!(state.is_open(2));
        state.set_id("top", true);
        state.set_id("", true);
        assert!(!state.is_open(0) && !state.is_open(1));
        state.set_id("c", false);
        assert!(!state.is_open(2));
    }

    #[test]
    fn out_of_range_is_ignored() {
        let mut state = three();
        state.toggle(7);
        state.set(9, true);
        assert!(!state.is_open(7));
        assert_eq!(state, three());
    }

    #[test]
    fn changes_name_the_sections_that_moved() {
        let before = three();
        let mut after = three();
        after.set_all(true);
        after.set(1, false);
        assert_eq!(after.changed_since(&before), [("a", true), ("c", true)]);
        assert_eq!(after.id(2), Some("c"));
        assert_eq!(after.id(3), None);
    }

    #[test]
    fn no_sections_is_never_all_open() {
        assert!(!OpenSections::closed(Vec::new()).all_open());
    }
}
