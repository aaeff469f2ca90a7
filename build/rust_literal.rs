//! A serde `Serializer` that writes a value as a Rust expression.
//!
//! The build script uses it to turn the checked story into static data, so the
//! WebAssembly build needs no parser. It knows only what the story types use:
//! structs, lists (`Cow<[T]>`) and text (`Cow<str>`), each written borrowed,
//! or for the browser build as its number in the table of texts.

use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// Writes `value` as a Rust expression of the same type, with every text in
/// a table returned beside it, in order. With `indexed` the expression names
/// each text by its place in the table (`Text(n)`, src/story/text.rs) and
/// leaves the labels (`UiText`, always last) empty; otherwise it holds the
/// texts themselves.
pub fn to_rust_indexed<T: Serialize>(
    value: &T,
    indexed: bool,
) -> Result<(String, Vec<String>), Error> {
    let mut out = String::new();
    let mut writer = Writer {
        out: &mut out,
        indexed,
        labels: false,
        table: Vec::new(),
    };
    value.serialize(&mut writer)?;
    let table = writer.table;
    Ok((out, table))
}

/// The table of texts as JSON, as pages carry it and the browser build
/// reads it: the fingerprint `print` in 16 hexadecimal digits, then `texts`.
/// A `<` is escaped, so it can stand inside `<script type="application/json">`.
pub fn table_json(print: u64, texts: Vec<String>) -> String {
    let table: Vec<String> = std::iter::once(format!("{print:016x}"))
        .chain(texts)
        .collect();
    serde_json::to_string(&table)
        .expect("strings serialize")
        .replace('<', "\\u003c")
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Writer<'a> {
    out: &'a mut String,
    indexed: bool,
    labels: bool,
    table: Vec<String>,
}

macro_rules! unsupported {
    ($($method:ident($($arg:ty),*);)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), Error> {
            Err(Error(concat!("story data cannot hold ", stringify!($method)).to_owned()))
        }
    )*};
}

impl<'a, 'b> ser::Serializer for &'b mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        let place = self.table.len();
        self.table.push(v.to_owned());
        if self.indexed {
            // A label is a `Cow` a host may replace: the browser build
            // fills it from the table's end (src/story/text.rs).
            self.out.push_str(&match self.labels {
                true => "::std::borrow::Cow::Borrowed(\"\")".to_owned(),
                false => format!("Text({place})"),
            });
            return Ok(());
        }
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        self.out
            .push_str(&format!("::std::borrow::Cow::Borrowed({v:?})"));
        Ok(())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.out.push_str("::std::borrow::Cow::Borrowed(&[");
        Ok(self)
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.labels = name == "UiText";
        self.out.push_str(name);
        self.out.push_str(" {\n");
        Ok(self)
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }

    unsupported! {
        serialize_bool(bool); serialize_i8(i8); serialize_i16(i16); serialize_i32(i32);
        serialize_i64(i64); serialize_u8(u8); serialize_u16(u16); serialize_u32(u32);
        serialize_u64(u64); serialize_f32(f32); serialize_f64(f64); serialize_char(char);
        serialize_bytes(&[u8]); serialize_unit(); serialize_unit_struct(&'static str);
        serialize_unit_variant(&'static str, u32, &'static str);
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(Error("story data cannot hold newtype structs".to_owned()))
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(Error("story data cannot hold enums".to_owned()))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("story data cannot hold tuples".to_owned()))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error("story data cannot hold tuple structs".to_owned()))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("story data cannot hold enums".to_owned()))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("story data cannot hold maps".to_owned()))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("story data cannot hold enums".to_owned()))
    }
}

impl<'a, 'b> ser::SerializeSeq for &'b mut Writer<'a> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)?;
        self.out.push(',');
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str("])");
        Ok(())
    }
}

impl<'a, 'b> ser::SerializeStruct for &'b mut Writer<'a> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push_str(key);
        self.out.push_str(": ");
        value.serialize(&mut **self)?;
        self.out.push_str(",\n");
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        self.labels = false;
        self.out.push('}');
        Ok(())
    }
}
