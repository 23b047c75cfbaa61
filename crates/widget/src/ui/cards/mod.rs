//! The statements as quote cards: the list that follows the selection, with its filter
//! between quoted and reported speech; the compact widget's row of cards; and the card of one
//! statement.

mod card_actions;
mod card_list;
mod card_row;
mod context_missing;
mod filter;
mod quote_card;
mod quote_words;
mod window;

pub use card_list::CardList;
pub use card_row::CardRow;
