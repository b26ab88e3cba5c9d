//! Cleaning many documents: sequential and, with `rayon`, parallel batches.

use crate::Cleaner;

impl Cleaner {
    /// Cleans a batch of documents, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// let out = deboil::Cleaner::default().clean_batch(&["Tweet\nOne.", "Two.\nAdvertisement"]);
    /// assert_eq!(out, ["One.", "Two."]);
    /// ```
    pub fn clean_batch<S: AsRef<str>>(&self, docs: &[S]) -> Vec<String> {
        let mut buf = String::new();
        docs.iter()
            .map(|d| {
                self.clean_into(d.as_ref(), &mut buf);
                buf.clone()
            })
            .collect()
    }

    /// Cleans a batch of documents on all cores of rayon's pool; the
    /// output keeps the input order.
    ///
    /// # Examples
    ///
    /// ```
    /// let docs = vec!["Tweet\nOne.".to_string(), "Two.\nAdvertisement".to_string()];
    /// let out = deboil::Cleaner::default().par_clean_batch(&docs);
    /// assert_eq!(out, ["One.", "Two."]);
    /// ```
    #[cfg(feature = "rayon")]
    pub fn par_clean_batch<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<String> {
        use rayon::prelude::*;
        docs.par_iter()
            .map_with(self.clone(), |c, d| c.clean(d.as_ref()))
            .collect()
    }
}
