//! schema.org types a page declares, in JSON-LD and in microdata, counted by what they say of
//! the page's kind (see [`crate::heuristics::THREAD_TYPES`] and its neighbours).

use crate::heuristics as h;

/// How many items of each family of types a page declares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchemaTypes {
    /// Forum postings, Q&A pages, questions.
    pub thread: u32,
    /// Comments, answers, reviews.
    pub comment: u32,
    /// Articles and blog posts (and `og:type` article).
    pub article: u32,
    pub recipe: u32,
    pub product: u32,
    /// Collection and search-result pages.
    pub listing: u32,
}

impl SchemaTypes {
    /// Counts one type, given as a name (`NewsArticle`) or a URL (`http://schema.org/Comment`).
    pub fn add(&mut self, ty: &str) {
        let name = ty
            .trim()
            .trim_end_matches('/')
            .rsplit(['/', '#', ':'])
            .next()
            .unwrap_or("");
        let is = |list: &[&str]| list.iter().any(|t| t.eq_ignore_ascii_case(name));
        let slot = if is(h::THREAD_TYPES) {
            &mut self.thread
        } else if is(h::COMMENT_TYPES) {
            &mut self.comment
        } else if name.ends_with("Article") || is(h::ARTICLE_TYPES) {
            &mut self.article
        } else if is(h::RECIPE_TYPES) {
            &mut self.recipe
        } else if is(h::PRODUCT_TYPES) {
            &mut self.product
        } else if is(h::LISTING_TYPES) {
            &mut self.listing
        } else {
            return;
        };
        *slot = slot.saturating_add(1);
    }

    /// Counts every `@type` in the page's JSON-LD scripts.
    pub fn add_json_ld(&mut self, scripts: &[String]) {
        super::jsonld::visit_objects(scripts, true, |map| {
            for ty in map
                .get("@type")
                .map(super::jsonld::type_names)
                .unwrap_or_default()
            {
                self.add(&ty);
            }
            false
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_counted_by_family_from_names_and_urls() {
        let mut t = SchemaTypes::default();
        for ty in [
            "http://schema.org/Comment",
            "https://www.schema.org/UserComments",
            "NewsArticle",
            "DiscussionForumPosting",
            "schema:Recipe",
            "Product",
            "WebPage",
        ] {
            t.add(ty);
        }
        assert_eq!(
            t,
            SchemaTypes {
                thread: 1,
                comment: 2,
                article: 1,
                recipe: 1,
                product: 1,
                listing: 0
            }
        );
    }

    #[test]
    fn json_ld_types_are_read_at_any_depth() {
        let mut t = SchemaTypes::default();
        t.add_json_ld(&[r#"{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","suggestedAnswer":[{"@type":"Answer"},{"@type":"Answer"}]}}"#.to_string(), "not json".to_string()]);
        assert_eq!((t.thread, t.comment), (2, 2));
    }
}
