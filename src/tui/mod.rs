//! The interactive interface: a thin layer over the domain.
//!
//! [`app`] is the model, [`action`] what the user asks for, [`keymap`] the
//! only place keys are matched, [`update`] how actions change the model and
//! which effects they ask for, [`effects`] the file work, [`view`] the
//! drawing, and [`terminal`] the one module that touches the terminal.

pub mod action;
pub mod app;
pub mod effects;
pub mod keymap;
pub mod line_input;
pub mod terminal;
pub mod update;
pub mod view;
pub mod walk;
