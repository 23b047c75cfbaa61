//! The statements as quote cards: the list that follows the selection, with its filter
//! between quoted and reported speech, and the card of one statement.

mod card_list;
mod filter;
mod quote_card;
mod quote_words;
mod window;

pub use card_list::CardList;
