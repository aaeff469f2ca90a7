//! The story's words on the map: which countries are members, and the
//! names each edition writes where the map places names.

use super::MAP_FILE;
use crate::story::{Map, Story};

/// The members the story lists, from its section with a map.
pub fn members(story: &Story) -> Result<Vec<String>, String> {
    map_of(story).map(|map| map.members.iter().map(|m| m.to_string()).collect())
}

/// The names the story writes on its map, in the order the map places them.
pub fn place_names(story: &Story) -> Result<Vec<String>, String> {
    map_of(story).map(|map| map.place_names.iter().map(|m| m.to_string()).collect())
}

fn map_of(story: &Story) -> Result<&Map, String> {
    story
        .sections
        .iter()
        .find_map(|section| section.map.as_ref())
        .ok_or_else(|| "content/story.toml: no section has a `map`".to_owned())
}

/// Whether there are as many `names` as the map has `places`, or which
/// count is wrong.
pub(super) fn as_many_names(names: &[String], places: usize) -> Result<(), String> {
    match names.len() == places {
        true => Ok(()),
        false => Err(format!(
            "the story's map has {} place_names; {MAP_FILE} places {places} (its labels, then its city)",
            names.len()
        )),
    }
}
