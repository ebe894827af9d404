//! The page's kind ([`Kind`]): from the schema.org types it declares, else from what its
//! comment sections hold against the rest of the page.
//!
//! The kind decides one thing in extraction: on a thread the comment sections are read
//! (forum software and Q&A sites mark posts and answers up as comments), while an article's
//! stay out however long they are.

use super::score::Choice;
use crate::article::Kind;
use crate::heuristics as h;
use crate::metadata::SchemaTypes;

/// The kind of a page that declares `types`, given the article found without its comment
/// sections (`plain`) and with them (`with_comments`).
pub fn classify(
    types: &SchemaTypes,
    plain: &Choice,
    with_comments: &Choice,
    replies: Option<u32>,
) -> Kind {
    if types.thread > 0 {
        return Kind::Thread;
    }
    if types.recipe > 0 {
        return Kind::Recipe;
    }
    // News and blog posts carry product widgets (a shop box, a review's product): a declared
    // article is an article.
    if types.article > 0 {
        return Kind::Article;
    }
    if types.product >= h::LISTING_MIN_PRODUCTS {
        return Kind::Listing;
    }
    if types.product > 0 {
        return Kind::Product;
    }
    if types.listing > 0 {
        return Kind::Listing;
    }
    if types.comment >= h::THREAD_MIN_COMMENT_ITEMS {
        return Kind::Thread;
    }
    let gain = with_comments.text_len as f32 > plain.text_len as f32 * h::THREAD_TEXT_GAIN;
    let short = plain.text_len < h::THREAD_OPENING_MAX_LEN;
    let replied =
        replies.is_some_and(|r| r as f32 >= plain.text_len as f32 * h::THREAD_REPLIES_MIN_SHARE);
    if short && (gain || replied) {
        return Kind::Thread;
    }
    Kind::Article
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(text_len: u32) -> Choice {
        Choice {
            roots: vec![1],
            drop: vec![],
            layout: vec![],
            text_len,
            top_score: 0.0,
        }
    }

    #[test]
    fn declared_types_decide_first() {
        let types = |f: fn(&mut SchemaTypes)| {
            let mut t = SchemaTypes::default();
            f(&mut t);
            t
        };
        let (short, long) = (choice(100), choice(10_000));
        let cases = [
            (types(|t| t.thread = 1), Kind::Thread),
            (types(|t| t.recipe = 1), Kind::Recipe),
            (types(|t| t.product = 1), Kind::Product),
            (types(|t| t.product = 30), Kind::Listing),
            (types(|t| t.listing = 1), Kind::Listing),
            (types(|t| t.comment = 5), Kind::Thread),
            // An article with many comments stays an article, and one with a shop box too.
            (types(|t| (t.article, t.comment) = (1, 40)), Kind::Article),
            (types(|t| (t.article, t.product) = (1, 2)), Kind::Article),
        ];
        for (t, want) in cases {
            assert_eq!(classify(&t, &short, &long, None), want, "{t:?}");
        }
    }

    #[test]
    fn undeclared_pages_are_threads_when_the_comments_hold_the_text() {
        let none = SchemaTypes::default();
        let (post, story) = (choice(300), choice(2000));
        assert_eq!(classify(&none, &post, &choice(4000), None), Kind::Thread);
        // Replies after a short post that the page does not mark up as comments.
        assert_eq!(classify(&none, &post, &post, Some(400)), Kind::Thread);
        assert_eq!(classify(&none, &post, &post, Some(60)), Kind::Article);
        // A story long enough to stand alone keeps its comments out.
        let many = Some(9000);
        assert_eq!(
            classify(&none, &story, &choice(20_000), many),
            Kind::Article
        );
        assert_eq!(classify(&none, &post, &choice(600), None), Kind::Article);
    }
}
