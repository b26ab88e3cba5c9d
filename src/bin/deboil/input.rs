//! Input files and standard input.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::fail::Failure;

/// One input: a file, or standard input (`-` or no file at all).
#[derive(Clone, Debug)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The inputs named on the command line; standard input when none is.
    pub fn from_args(files: &[PathBuf]) -> Vec<Input> {
        if files.is_empty() {
            return vec![Input::Stdin];
        }
        files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::File(f.clone())
                }
            })
            .collect()
    }

    /// The name shown in messages and reports: the path, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The file's path, if it is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::File(p) => Some(p),
        }
    }

    /// The file's canonical path, if it is a file that exists.
    pub fn canonical(&self) -> Option<PathBuf> {
        self.path().and_then(|p| p.canonicalize().ok())
    }

    /// The file's size in bytes, when known up front.
    pub fn len(&self) -> Option<u64> {
        let meta = std::fs::metadata(self.path()?).ok()?;
        meta.is_file().then_some(meta.len())
    }

    /// Opens the input for reading.
    pub fn open(&self) -> Result<Box<dyn Read>, Failure> {
        match self {
            Input::Stdin => Ok(Box::new(io::stdin().lock())),
            Input::File(p) => File::open(p)
                .map(|f| Box::new(f) as Box<dyn Read>)
                .map_err(|e| Failure::io(p.display(), e)),
        }
    }

    /// Reads the whole input.
    pub fn read_all(&self) -> Result<Vec<u8>, Failure> {
        let mut buf = Vec::new();
        self.open()?
            .read_to_end(&mut buf)
            .map_err(|e| Failure::io(self.name(), e))?;
        Ok(buf)
    }
}
