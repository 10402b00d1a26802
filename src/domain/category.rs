//! Categories: a name (unique in any letter case), a colour and an icon.

pub const DEFAULT_COLOR: &str = "#3B82F6";
pub const DEFAULT_ICON: &str = "circle";

#[derive(Clone, Debug, PartialEq)]
/// A category, with how many subscriptions it holds.
pub struct Category {
    pub id: i64,
    pub name: String,
    pub color: String,
    pub icon: String,
    pub subscription_count: i64,
    pub created_at: String,
    /// The global id (what backups and sync merge by).
    pub uid: String,
}

impl super::reference::Named for Category {
    /// Categories are named only by their names.
    fn id(&self) -> &str {
        ""
    }
    fn name(&self) -> &str {
        &self.name
    }
}
