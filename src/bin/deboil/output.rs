//! Files the tool writes besides standard output.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use crate::fail::Failure;

/// A buffered output file that names itself in its errors.
#[derive(Debug)]
pub struct OutFile {
    name: String,
    out: BufWriter<File>,
}

impl OutFile {
    /// Creates (or truncates) the file.
    pub fn create(path: &Path) -> Result<OutFile, Failure> {
        let name = path.display().to_string();
        let file = File::create(path).map_err(|e| Failure::io(&name, e))?;
        Ok(OutFile {
            name,
            out: BufWriter::with_capacity(1 << 16, file),
        })
    }

    /// Writes bytes.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        self.out
            .write_all(bytes)
            .map_err(|e| Failure::io(&self.name, e))
    }

    /// Flushes the file.
    pub fn finish(mut self) -> Result<(), Failure> {
        self.out.flush().map_err(|e| Failure::io(&self.name, e))
    }
}
