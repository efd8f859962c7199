//! Evidence files attached to a complaint (letters, photos, documents): which
//! kinds are allowed, judged by their content and never by their name; the
//! limits a council sets on them; whether one more file may be added; and
//! taking the location and other hidden details out of a photo before it
//! leaves the person's device.
//!
//! The kinds accepted, how each is recognised, and the media type each is
//! sent with ([`Kind::media_type`]):
//!
//! | Kind | Recognised by | Media type |
//! |------|---------------|------------|
//! | PDF | `%PDF-` | `application/pdf` |
//! | JPEG | `FF D8 FF` | `image/jpeg` |
//! | PNG | its 8-byte signature | `image/png` |
//! | HEIC | an `ftyp` box naming an HEVC brand | `image/heic` |
//! | Word | a ZIP with an entry under `word/` | `application/vnd.openxmlformats-officedocument.wordprocessingml.document` |
//! | Word (legacy) | an OLE2 compound file with a `WordDocument` stream | `application/msword` |
//! | Text | UTF-8 without control characters | `text/plain; charset=utf-8` |
//!
//! ```
//! use redress_core::attachment::{detect, Kind};
//!
//! assert_eq!(detect(b"%PDF-1.7\n"), Some(Kind::Pdf));
//! assert_eq!(detect(b"MZ\x90\x00"), None); // a program, whatever its name
//! assert_eq!(Kind::Pdf.media_type(), "application/pdf");
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

/// A kind of file a person may attach, named by what its bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A PDF document, such as a scanned letter.
    Pdf,
    /// A JPEG photo.
    Jpeg,
    /// A PNG image, often a screenshot.
    Png,
    /// A HEIC/HEIF photo, as iPhones take them.
    Heic,
    /// A Word document (`.docx`).
    Word,
    /// A Word document in the pre-2007 format (`.doc`).
    WordLegacy,
    /// Plain UTF-8 text.
    Text,
}

impl Kind {
    /// Every kind, in the order a list of them is shown.
    pub const ALL: [Kind; 7] = [
        Kind::Pdf,
        Kind::Jpeg,
        Kind::Png,
        Kind::Heic,
        Kind::Word,
        Kind::WordLegacy,
        Kind::Text,
    ];

    /// The media type to send the file with, so the council's systems open it
    /// with the right program.
    pub fn media_type(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Heic => "image/heic",
            Kind::Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::WordLegacy => "application/msword",
            Kind::Text => "text/plain; charset=utf-8",
        }
    }

    /// The short, stable code used in a council's configuration and in the
    /// payload (the same as the serde name).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Jpeg => "jpeg",
            Kind::Png => "png",
            Kind::Heic => "heic",
            Kind::Word => "word",
            Kind::WordLegacy => "word-legacy",
            Kind::Text => "text",
        }
    }

    /// The kind with this [`code`](Kind::code), if there is one.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const OLE2_SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const ZIP_LOCAL_HEADER: &[u8] = b"PK\x03\x04";
/// The brands of HEIF holding HEVC pictures. The generic HEIF brands `mif1`
/// and `msf1` are not among them: AVIF files list them too.
const HEVC_BRANDS: [&[u8]; 6] = [b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"];
/// The name of the stream every Word 97-2003 document holds, as the compound
/// file's directory writes it (UTF-16LE). Excel, PowerPoint and Outlook files
/// share the OLE2 signature but not this stream.
const WORD_DOCUMENT_STREAM: &[u8] = b"W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";

/// What kind of file these bytes are, if it is one Redress accepts.
///
/// Only the content is looked at: a program renamed `letter.pdf` is `None`.
pub fn detect(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"%PDF-") {
        Some(Kind::Pdf)
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(PNG_SIGNATURE) {
        Some(Kind::Png)
    } else if is_heic(bytes) {
        Some(Kind::Heic)
    } else if bytes.starts_with(OLE2_SIGNATURE) {
        contains(bytes, WORD_DOCUMENT_STREAM).then_some(Kind::WordLegacy)
    } else if bytes.starts_with(ZIP_LOCAL_HEADER) {
        zip_has_word_entry(bytes).then_some(Kind::Word)
    } else {
        is_text(bytes).then_some(Kind::Text)
    }
}

/// An ISO-BMFF file whose leading `ftyp` box names an HEVC brand of HEIF, as
/// its major brand or as one of its compatible brands.
fn is_heic(bytes: &[u8]) -> bool {
    let Some(size) = bytes.get(..4).filter(|_| bytes.get(4..8) == Some(b"ftyp")) else {
        return false;
    };
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]);
    // Size 0 means the box runs to the end of the file.
    let end = match usize::try_from(size) {
        Ok(0) | Err(_) => bytes.len(),
        Ok(size) => size.min(bytes.len()),
    };
    // The major brand, then (after the minor version) the compatible brands.
    let compatible = bytes.get(16..end).unwrap_or_default().chunks_exact(4);
    bytes
        .get(8..12)
        .into_iter()
        .chain(compatible)
        .any(|brand| HEVC_BRANDS.contains(&brand))
}

/// Whether `needle` (not empty) occurs anywhere in `haystack`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

/// A ZIP archive with an entry under `word/`, as every `.docx` has, found by
/// walking the local file headers from the start.
fn zip_has_word_entry(zip: &[u8]) -> bool {
    let mut at: usize = 0;
    while let Some(header) = zip.get(at..at.saturating_add(30)) {
        if !header.starts_with(ZIP_LOCAL_HEADER) {
            return false; // the central directory, or not a ZIP after all
        }
        let u16_at = |i: usize| usize::from(u16::from_le_bytes([header[i], header[i + 1]]));
        let flags = u16_at(6);
        let compressed = u32::from_le_bytes([header[18], header[19], header[20], header[21]]);
        let name_at = at + 30;
        let Some(name) = zip.get(name_at..name_at + u16_at(26)) else {
            return false;
        };
        if name.starts_with(b"word/") {
            return true;
        }
        let data_at = name_at + name.len() + u16_at(28);
        // A size written after the data (flag bit 3), or in a ZIP64 extra
        // field, is not here: look for the next header instead.
        at = if (flags & 8 != 0 && compressed == 0) || compressed == u32::MAX {
            let rest = zip.get(data_at..).unwrap_or_default();
            match rest.windows(4).position(|w| w == ZIP_LOCAL_HEADER) {
                Some(found) => data_at + found,
                None => return false,
            }
        } else {
            data_at.saturating_add(usize::try_from(compressed).unwrap_or(usize::MAX))
        };
    }
    false
}

/// Non-empty UTF-8 (a byte order mark allowed) with no control characters
/// but tab, line feed, form feed and carriage return.
fn is_text(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    !body.is_empty()
        && body
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r'))
        && std::str::from_utf8(body).is_ok()
}

const MB: u64 = 1024 * 1024;
/// The most files a council may allow on one submission.
pub const MOST_FILES: usize = 20;
/// The largest a council may allow one file to be, in bytes.
pub const MOST_FILE_BYTES: u64 = 50 * MB;
/// The most a council may allow all the files together to come to.
pub const MOST_TOTAL_BYTES: u64 = 100 * MB;

/// How many files, how large and of which kinds a council accepts. Read from
/// the council's configuration, where any field may be left out:
/// `{"max_files": 4}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// The most files one complaint may carry (1 to 20).
    pub max_files: usize,
    /// The largest one file may be, in bytes (at most 50 MB).
    pub max_file_bytes: u64,
    /// The most all the files together may come to, in bytes (at least the
    /// per-file limit, at most 100 MB): what the council's mail can take.
    pub max_total_bytes: u64,
    /// The kinds accepted, each once.
    pub kinds: Vec<Kind>,
}

impl Default for Limits {
    /// 10 files of up to 10 MB each, 25 MB in all, of every kind.
    fn default() -> Self {
        Limits {
            max_files: 10,
            max_file_bytes: 10 * MB,
            max_total_bytes: 25 * MB,
            kinds: Kind::ALL.to_vec(),
        }
    }
}

impl Limits {
    /// What is wrong with these limits, one plain-English sentence per
    /// problem naming the field, so a council's web team can fix its file.
    /// Empty when they can be used.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.max_files == 0 {
            problems.push("max_files is 0: allow at least 1 file".to_owned());
        } else if self.max_files > MOST_FILES {
            problems.push(format!(
                "max_files is {}: at most {MOST_FILES} files are allowed",
                self.max_files
            ));
        }
        if self.max_file_bytes == 0 {
            problems.push("max_file_bytes is 0: allow at least 1 byte per file".to_owned());
        } else if self.max_file_bytes > MOST_FILE_BYTES {
            problems.push(format!(
                "max_file_bytes is {}: at most {MOST_FILE_BYTES} (50 MB) per file is allowed",
                self.max_file_bytes
            ));
        }
        if self.max_total_bytes < self.max_file_bytes {
            problems.push(format!(
                "max_total_bytes ({}) is less than max_file_bytes ({}): \
                 a file of the largest size allowed would not fit",
                self.max_total_bytes, self.max_file_bytes
            ));
        } else if self.max_total_bytes > MOST_TOTAL_BYTES {
            problems.push(format!(
                "max_total_bytes is {}: at most {MOST_TOTAL_BYTES} (100 MB) in all is allowed",
                self.max_total_bytes
            ));
        }
        if self.kinds.is_empty() {
            problems.push("kinds is empty: allow at least one kind of file".to_owned());
        }
        for kind in Kind::ALL {
            if self.kinds.iter().filter(|&&k| k == kind).count() > 1 {
                problems.push(format!("kinds lists \"{}\" more than once", kind.code()));
            }
        }
        problems
    }
}

/// A file as the payload lists it (`attachments` in
/// `public/schema/submission-v1.json`): the file itself is sent apart, under
/// its digest, so the submission stays small and a retry sends no file
/// twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedFile {
    /// Its name on the person's device, for staff (at most 255 characters).
    pub name: String,
    /// Its media type, from its content ([`Kind::media_type`]).
    pub media_type: String,
    /// Its size in bytes, as sent (a photo's after its metadata is taken
    /// out).
    pub size: u64,
    /// The hex SHA-256 of its bytes, as sent.
    pub sha256: String,
}

/// Whether `text` is a SHA-256 written as the payload writes it: 64
/// lowercase hex digits.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A file already attached, as much of it as the rules need: its name plays
/// no part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    /// Its size in bytes.
    pub size: u64,
    /// A digest of its content (by convention the hex SHA-256 the browser
    /// computes), compared exactly to spot the same file added twice.
    pub sha256: String,
}

/// Why a file cannot be added, for the message shown beside the file picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file has nothing in it.
    Empty,
    /// The file is larger than one file may be.
    TooBig {
        /// The per-file limit, in bytes.
        limit: u64,
    },
    /// The file is not of a kind the council accepts (or not one Redress
    /// knows at all).
    NotAllowed,
    /// As many files as are allowed are already attached.
    TooMany {
        /// The most files allowed.
        limit: usize,
    },
    /// With this file, all the files together would be too large.
    TotalTooBig {
        /// The limit on all files together, in bytes.
        limit: u64,
    },
    /// This very file (the same content) is already attached.
    AlreadyAdded,
}

impl Refusal {
    /// The Fluent message id that explains the refusal to the person.
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::Empty => crate::msg!("attachment-error-empty"),
            Refusal::TooBig { .. } => crate::msg!("attachment-error-too-big"),
            Refusal::NotAllowed => crate::msg!("attachment-error-type"),
            Refusal::TooMany { .. } => crate::msg!("attachment-error-too-many"),
            Refusal::TotalTooBig { .. } => crate::msg!("attachment-error-total"),
            Refusal::AlreadyAdded => crate::msg!("attachment-error-duplicate"),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "the file is empty"),
            Refusal::TooBig { limit } => write!(f, "the file is larger than {limit} bytes"),
            Refusal::NotAllowed => write!(f, "the file is not of a kind accepted"),
            Refusal::TooMany { limit } => write!(f, "{limit} files are already attached"),
            Refusal::TotalTooBig { limit } => {
                write!(f, "all the files together would be over {limit} bytes")
            }
            Refusal::AlreadyAdded => write!(f, "the same file is already attached"),
        }
    }
}

impl std::error::Error for Refusal {}

/// Whether a file of `size` bytes may be attached at all: the first two of
/// [`check`]'s checks, which the browser makes before reading a file, so a
/// file far too large is refused without being read into memory.
pub fn check_size(limits: &Limits, size: u64) -> Result<(), Refusal> {
    if size == 0 {
        return Err(Refusal::Empty);
    }
    if size > limits.max_file_bytes {
        return Err(Refusal::TooBig {
            limit: limits.max_file_bytes,
        });
    }
    Ok(())
}

/// What is sent of a file the person chose: a JPEG photo without its
/// metadata ([`strip_jpeg_metadata`]), anything else as it is.
pub fn to_send(bytes: Vec<u8>) -> Result<Vec<u8>, JpegError> {
    if detect(&bytes) == Some(Kind::Jpeg) {
        strip_jpeg_metadata(&bytes)
    } else {
        Ok(bytes)
    }
}

/// Whether a file with this content (`bytes`, whose digest is `sha256`, as in
/// [`Held`]) may join the files already `held`, and if so its kind.
///
/// The checks run in this order, and the first that fails is the refusal:
/// empty, too big, kind (by content, then whether the council accepts it),
/// too many files, too large in all, already added. The file's name is not
/// needed: it never decides anything.
pub fn check(limits: &Limits, held: &[Held], bytes: &[u8], sha256: &str) -> Result<Kind, Refusal> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    check_size(limits, size)?;
    let kind = detect(bytes)
        .filter(|kind| limits.kinds.contains(kind))
        .ok_or(Refusal::NotAllowed)?;
    if held.len() >= limits.max_files {
        return Err(Refusal::TooMany {
            limit: limits.max_files,
        });
    }
    let total = held
        .iter()
        .fold(size, |sum, file| sum.saturating_add(file.size));
    if total > limits.max_total_bytes {
        return Err(Refusal::TotalTooBig {
            limit: limits.max_total_bytes,
        });
    }
    if held.iter().any(|file| file.sha256 == sha256) {
        return Err(Refusal::AlreadyAdded);
    }
    Ok(kind)
}

/// Why a JPEG's metadata could not be taken out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JpegError {
    /// The bytes do not start with a JPEG's start-of-image marker.
    NotJpeg,
    /// The file was cut short: a segment or a scan runs past its end, or it
    /// stops after the image data without the end-of-image marker. Such a
    /// photo is refused rather than sent with part of its picture missing.
    Truncated {
        /// Where what was cut short starts (a segment, or a scan's SOS
        /// marker), or the end of the file where the end-of-image marker is
        /// missing; in bytes from the start of the file.
        offset: usize,
    },
    /// Where a marker should be, something else is.
    Damaged {
        /// Where, in bytes from the start of the file.
        offset: usize,
    },
    /// The file ends, or says it ends, before any image data.
    NoImageData,
}

impl fmt::Display for JpegError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JpegError::NotJpeg => write!(f, "not a JPEG: it does not start with FF D8"),
            JpegError::Truncated { offset } => write!(
                f,
                "the JPEG is cut short: what starts at byte {offset} runs past the end, \
                 or the end-of-image marker is missing"
            ),
            JpegError::Damaged { offset } => {
                write!(f, "the JPEG is damaged: no valid marker at byte {offset}")
            }
            JpegError::NoImageData => write!(
                f,
                "the JPEG has no image data: it ends before a start-of-scan marker"
            ),
        }
    }
}

impl std::error::Error for JpegError {}

const SOI: [u8; 2] = [0xFF, 0xD8];
const EOI: [u8; 2] = [0xFF, 0xD9];
const APP0: u8 = 0xE0;
const APP1: u8 = 0xE1;
const APP2: u8 = 0xE2;
const SOS: u8 = 0xDA;
const COM: u8 = 0xFE;
const ORIENTATION: u16 = 0x0112;
const GPS_IFD: u16 = 0x8825;
const EXIF_HEADER: &[u8] = b"Exif\0\0";
const ICC_HEADER: &[u8] = b"ICC_PROFILE\0";

/// Takes out of a JPEG what could say where, when and on what it was taken,
/// without re-encoding it: EXIF (with its GPS position and thumbnail) and XMP
/// (APP1), any APP2 but an ICC profile (such as MPF, the index of the extra
/// images a camera appends), IPTC (APP13), APP12, APP3 to APP11, APP15 and
/// comments, before the first scan or between scans; and everything after
/// the end-of-image marker (the video of a "motion photo", MPF's secondary
/// images with their own EXIF, any other trailer).
///
/// Kept, byte for byte and in order: APP0 (JFIF), APP2 holding the ICC colour
/// profile (without which colours change), APP14 (Adobe, needed to decode
/// CMYK), every table (DQT, DHT, SOFn, DRI, DNL, ...) and every scan, its
/// header and its entropy-coded data with restart markers, so the picture is
/// exactly the same. Fill bytes before markers are dropped, and the file ends
/// with the end-of-image marker. So that the photo is not shown on its side,
/// an EXIF orientation of 2 to 8 found before the first scan (where viewers
/// read it) is written back in a new EXIF segment, after SOI (and after APP0
/// if that comes first), holding that one tag and nothing else.
///
/// A file without the end-of-image marker is [`JpegError::Truncated`]: it
/// was cut short, and the picture would be missing a part.
pub fn strip_jpeg_metadata(bytes: &[u8]) -> Result<Vec<u8>, JpegError> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&SOI);
    let mut insert_at = SOI.len();
    let mut orientation = None;
    let mut scanned = false;
    walk(bytes, |marker, piece| {
        if marker == APP1 && !scanned && orientation.is_none() {
            orientation = exif_tiff(piece).and_then(tiff_orientation);
        }
        scanned |= marker == SOS;
        if keeps(marker, piece) {
            out.extend_from_slice(piece);
            if marker == APP0 && out.len() == SOI.len() + piece.len() {
                insert_at = out.len();
            }
        }
    })?;
    out.extend_from_slice(&EOI);
    if let Some((order, value)) = orientation.filter(|&(_, value)| (2..=8).contains(&value)) {
        out.splice(insert_at..insert_at, orientation_segment(order, value));
    }
    Ok(out)
}

/// Whether a segment stays when a JPEG is stripped: not APP1 (EXIF, XMP),
/// APP3 to APP13, APP15 or a comment, and an APP2 only if it is an ICC
/// profile. Everything else (APP0, APP14, tables, scans) stays.
fn keeps(marker: u8, segment: &[u8]) -> bool {
    match marker {
        APP2 => segment
            .get(4..)
            .is_some_and(|payload| payload.starts_with(ICC_HEADER)),
        APP1 | 0xE3..=0xED | 0xEF | COM => false,
        _ => true,
    }
}

/// Whether a JPEG says where it was taken: an EXIF GPS section (the GPS
/// pointer in IFD0), or a GPS position in its XMP, before or between its
/// scans. Whatever follows damage in the file, or the end-of-image marker,
/// is not looked at.
pub fn jpeg_has_location(bytes: &[u8]) -> bool {
    let mut found = false;
    let _ = walk(bytes, |marker, segment| {
        if marker == APP1 {
            let payload = segment.get(4..).unwrap_or_default();
            found |= exif_tiff(segment).is_some_and(|tiff| ifd0_entry(tiff, GPS_IFD).is_some())
                || (payload.starts_with(b"http://ns.adobe.com/")
                    && contains(payload, b"GPSLatitude"));
        }
    });
    found
}

/// Calls `visit` with each marker after SOI and its piece of the file, fill
/// bytes before it left out: a whole segment (marker and length included), a
/// marker without a length, or for SOS the scan header followed by the scan's
/// entropy-coded data. Stops at EOI and returns where the file's image ends,
/// just after EOI; a scan must come before it.
fn walk<'a>(jpeg: &'a [u8], mut visit: impl FnMut(u8, &'a [u8])) -> Result<usize, JpegError> {
    if !jpeg.starts_with(&SOI) {
        return Err(JpegError::NotJpeg);
    }
    let mut at = SOI.len();
    let mut scanned = false;
    loop {
        match jpeg.get(at) {
            // After a scan the end-of-image marker is missing.
            None if scanned => return Err(JpegError::Truncated { offset: at }),
            None => return Err(JpegError::NoImageData),
            Some(0xFF) => {}
            Some(_) => return Err(JpegError::Damaged { offset: at }),
        }
        let mut code_at = at + 1;
        while jpeg.get(code_at) == Some(&0xFF) {
            code_at += 1; // a fill byte
        }
        let start = code_at - 1;
        let truncated = JpegError::Truncated { offset: start };
        match *jpeg.get(code_at).ok_or(truncated)? {
            0x00 | 0xD8 => return Err(JpegError::Damaged { offset: start }),
            0xD9 if scanned => return Ok(code_at + 1),
            0xD9 => return Err(JpegError::NoImageData),
            marker @ (0x01 | 0xD0..=0xD7) => {
                // TEM and RSTn stand alone, without a length.
                visit(marker, &jpeg[start..=code_at]);
                at = code_at + 1;
            }
            marker => {
                let length = jpeg.get(code_at + 1..code_at + 3).ok_or(truncated)?;
                let length = usize::from(u16::from_be_bytes([length[0], length[1]]));
                if length < 2 {
                    return Err(JpegError::Damaged { offset: start });
                }
                let mut end = code_at + 1 + length;
                if end > jpeg.len() {
                    return Err(truncated);
                }
                if marker == SOS {
                    // The scan's data follows its header; a scan cut short
                    // is reported where its SOS marker is.
                    end = entropy_coded_end(jpeg, end).ok_or(truncated)?;
                    scanned = true;
                }
                visit(marker, &jpeg[start..end]);
                at = end;
            }
        }
    }
}

/// Where the entropy-coded data of a scan, starting at `from`, ends: at the
/// next marker (at its first fill byte, if it has any). Stuffed zeros
/// (`FF 00`) and restart markers (`FF D0` to `FF D7`) are part of the data.
/// `None` if the file ends first.
fn entropy_coded_end(jpeg: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let marker_at = at + jpeg.get(at..)?.iter().position(|&b| b == 0xFF)?;
        let mut code_at = marker_at + 1;
        while jpeg.get(code_at) == Some(&0xFF) {
            code_at += 1;
        }
        match jpeg.get(code_at)? {
            0x00 | 0xD0..=0xD7 => at = code_at + 1,
            _ => return Some(marker_at),
        }
    }
}

/// The TIFF structure inside an EXIF APP1 segment.
fn exif_tiff(segment: &[u8]) -> Option<&[u8]> {
    segment.get(4..)?.strip_prefix(EXIF_HEADER)
}

/// The byte order of a TIFF structure, which EXIF keeps from the camera.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ByteOrder {
    /// `II`, Intel.
    Little,
    /// `MM`, Motorola.
    Big,
}

impl ByteOrder {
    fn of(tiff: &[u8]) -> Option<ByteOrder> {
        match tiff.get(..4)? {
            b"II\x2A\0" => Some(ByteOrder::Little),
            b"MM\0\x2A" => Some(ByteOrder::Big),
            _ => None,
        }
    }

    fn u16(self, bytes: &[u8], at: usize) -> Option<u16> {
        let b = bytes.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(match self {
            ByteOrder::Little => u16::from_le_bytes(b),
            ByteOrder::Big => u16::from_be_bytes(b),
        })
    }

    fn u32(self, bytes: &[u8], at: usize) -> Option<u32> {
        let b = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(match self {
            ByteOrder::Little => u32::from_le_bytes(b),
            ByteOrder::Big => u32::from_be_bytes(b),
        })
    }

    fn bytes16(self, value: u16) -> [u8; 2] {
        match self {
            ByteOrder::Little => value.to_le_bytes(),
            ByteOrder::Big => value.to_be_bytes(),
        }
    }

    fn bytes32(self, value: u32) -> [u8; 4] {
        match self {
            ByteOrder::Little => value.to_le_bytes(),
            ByteOrder::Big => value.to_be_bytes(),
        }
    }
}

/// The 12-byte entry for `tag` in a TIFF structure's first IFD, and the
/// structure's byte order.
fn ifd0_entry(tiff: &[u8], tag: u16) -> Option<(ByteOrder, &[u8])> {
    let order = ByteOrder::of(tiff)?;
    let ifd = usize::try_from(order.u32(tiff, 4)?).ok()?;
    let count = usize::from(order.u16(tiff, ifd)?);
    let entries = tiff.get(ifd.checked_add(2)?..)?;
    let entry = entries
        .chunks_exact(12)
        .take(count)
        .find(|entry| order.u16(entry, 0) == Some(tag))?;
    Some((order, entry))
}

/// The orientation (a SHORT in IFD0) and the byte order it was written in.
fn tiff_orientation(tiff: &[u8]) -> Option<(ByteOrder, u16)> {
    let (order, entry) = ifd0_entry(tiff, ORIENTATION)?;
    if order.u16(entry, 2) != Some(3) || order.u32(entry, 4) != Some(1) {
        return None; // not one SHORT
    }
    Some((order, order.u16(entry, 8)?))
}

/// An APP1 segment with an EXIF structure holding the orientation alone.
fn orientation_segment(order: ByteOrder, orientation: u16) -> Vec<u8> {
    let tiff_header: &[u8] = match order {
        ByteOrder::Little => b"II\x2A\0",
        ByteOrder::Big => b"MM\0\x2A",
    };
    [
        &[0xFF, APP1, 0, 34][..], // 34 bytes from the length on
        EXIF_HEADER,
        tiff_header,
        &order.bytes32(8), // IFD0 straight after the header,
        &order.bytes16(1), // with one entry:
        &order.bytes16(ORIENTATION),
        &order.bytes16(3), // a SHORT,
        &order.bytes32(1), // just one,
        &order.bytes16(orientation),
        &[0; 2], // padded to four bytes;
        &[0; 4], // and no next IFD.
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // ---- Building test files ----

    /// A marker segment with its length.
    fn seg(marker: u8, payload: &[u8]) -> Vec<u8> {
        let length = u16::try_from(payload.len() + 2).unwrap();
        [&[0xFF, marker][..], &length.to_be_bytes(), payload].concat()
    }

    /// An EXIF structure as a phone writes one: IFD0 with Make, perhaps an
    /// Orientation and perhaps a pointer to a GPS IFD holding a latitude.
    fn tiff(big: bool, orientation: Option<u16>, gps: bool) -> Vec<u8> {
        let w16 = |v: u16| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let w32 = |v: u32| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let short = |v: u16| [w16(v), [0, 0]].concat();
        let count = 1 + usize::from(orientation.is_some()) + usize::from(gps);
        let make_at = 8 + 2 + 12 * count + 4;
        let gps_at = make_at + 8;
        let latitude_at = gps_at + 2 + 2 * 12 + 4;
        let entry = |tag: u16, kind: u16, count: u32, value: &[u8]| {
            [&w16(tag)[..], &w16(kind), &w32(count), value].concat()
        };
        let mut ifd0 = vec![entry(0x010F, 2, 6, &w32(make_at as u32))];
        if let Some(orientation) = orientation {
            ifd0.push(entry(0x0112, 3, 1, &short(orientation)));
        }
        if gps {
            ifd0.push(entry(0x8825, 4, 1, &w32(gps_at as u32)));
        }
        let gps_ifd = [
            entry(0x0001, 2, 2, b"N\0\0\0"),
            entry(0x0002, 5, 3, &w32(latitude_at as u32)),
        ];
        let header: &[u8] = if big { b"MM\0\x2A" } else { b"II\x2A\0" };
        let mut tiff = [header, &w32(8), &w16(count as u16)].concat();
        tiff.extend(ifd0.concat());
        tiff.extend([0; 4]);
        tiff.extend(b"Phone\0\0\0");
        tiff.extend(w16(2));
        tiff.extend(gps_ifd.concat());
        tiff.extend([0; 4]);
        for v in [51, 1, 30, 1, 0, 1] {
            tiff.extend(w32(v));
        }
        assert_eq!(tiff.len(), latitude_at + 24);
        tiff
    }

    fn exif(big: bool, orientation: Option<u16>, gps: bool) -> Vec<u8> {
        seg(APP1, &[EXIF_HEADER, &tiff(big, orientation, gps)].concat())
    }

    fn jfif() -> Vec<u8> {
        seg(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0")
    }

    fn xmp(body: &str) -> Vec<u8> {
        let xmp = format!("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>{body}</x:xmpmeta>");
        seg(APP1, xmp.as_bytes())
    }

    fn icc() -> Vec<u8> {
        seg(0xE2, b"ICC_PROFILE\0\x01\x01not a real profile")
    }

    fn comment() -> Vec<u8> {
        seg(0xFE, b"taken on holiday")
    }

    /// DQT, SOF0 and DHT for one 16 by 16 grey component.
    fn tables() -> Vec<Vec<u8>> {
        let dht = [&[0x00, 1][..], &[0; 15], &[0]].concat();
        vec![
            seg(0xDB, &[[0].as_slice(), &[1; 64]].concat()),
            seg(0xC0, &[8, 0, 16, 0, 16, 1, 1, 0x11, 0]),
            seg(0xC4, &dht),
        ]
    }

    /// A scan: its SOS header, then its entropy-coded data.
    fn scan(data: &[u8]) -> Vec<u8> {
        [seg(SOS, &[1, 1, 0x00, 0, 63, 0]), data.to_vec()].concat()
    }

    /// SOS, scan data with byte stuffing and a restart marker, and EOI.
    fn image_data() -> Vec<u8> {
        let data = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0x00, 0x78];
        [scan(&data), EOI.to_vec()].concat()
    }

    fn jpeg(segments: &[Vec<u8>]) -> Vec<u8> {
        [
            SOI.to_vec(),
            segments.concat(),
            tables().concat(),
            image_data(),
        ]
        .concat()
    }

    fn phone_photo(big: bool) -> Vec<u8> {
        let xmp = xmp(r#"<rdf:Description xmp:CreatorTool="Phone"/>"#);
        jpeg(&[jfif(), exif(big, Some(6), true), xmp, comment(), icc()])
    }

    /// Every segment and scan (SOS header and data) up to EOI, fill bytes
    /// left out.
    fn pieces(jpeg: &[u8]) -> Vec<Vec<u8>> {
        let mut found = Vec::new();
        walk(jpeg, |_, piece| found.push(piece.to_vec())).unwrap();
        found
    }

    /// The segments before the first scan.
    fn segments(jpeg: &[u8]) -> Vec<Vec<u8>> {
        let mut found = pieces(jpeg);
        found.truncate(found.iter().position(|p| p[1] == SOS).unwrap());
        found
    }

    /// An MPF index, as a camera writes one for the images it appends.
    fn mpf() -> Vec<u8> {
        seg(0xE2, b"MPF\0II\x2A\0\x08\0\0\0\x03\0\0\xB0\x07\0\x04\0\0\0")
    }

    /// An OLE2 compound file whose directory names one stream.
    fn ole2(stream: &str) -> Vec<u8> {
        let mut file = OLE2_SIGNATURE.to_vec();
        file.resize(1024, 0);
        file.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        file.resize(1024 + 128, 0);
        file
    }

    /// A ZIP's local file header and (stored) data.
    fn zip_entry(name: &str, data: &[u8], descriptor: bool) -> Vec<u8> {
        let size = if descriptor { 0 } else { data.len() as u32 };
        let flags: u16 = if descriptor { 8 } else { 0 };
        let mut entry = ZIP_LOCAL_HEADER.to_vec();
        entry.extend(20u16.to_le_bytes()); // version needed
        entry.extend(flags.to_le_bytes());
        entry.extend([0; 6]); // method, time, date
        entry.extend([0; 4]); // crc
        entry.extend(size.to_le_bytes());
        entry.extend(size.to_le_bytes());
        entry.extend((name.len() as u16).to_le_bytes());
        entry.extend(0u16.to_le_bytes());
        entry.extend(name.as_bytes());
        entry.extend(data);
        if descriptor {
            entry.extend(b"PK\x07\x08\0\0\0\0");
            entry.extend([(data.len() as u32).to_le_bytes(); 2].concat());
        }
        entry
    }

    fn zip(entries: &[Vec<u8>]) -> Vec<u8> {
        [entries.concat(), b"PK\x01\x02 central directory".to_vec()].concat()
    }

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len() as u32;
        let mut bytes = [&size.to_be_bytes()[..], b"ftyp", major, &[0; 4]].concat();
        bytes.extend(compatible.iter().copied().flatten());
        bytes.extend(b"\0\0\0\x08meta");
        bytes
    }

    // ---- Kinds ----

    #[test]
    fn each_allowed_kind_is_recognised_by_its_content() {
        let docx = zip(&[
            zip_entry("[Content_Types].xml", b"<Types/>", false),
            zip_entry("word/document.xml", b"<w:document/>", false),
        ]);
        let cases: [(&[u8], Kind); 13] = [
            (b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj", Kind::Pdf),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", Kind::Jpeg),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Kind::Png),
            (&ftyp(b"heic", &[b"mif1", b"heic"]), Kind::Heic),
            (&ftyp(b"mif1", &[b"heic"]), Kind::Heic),
            (&ftyp(b"isom", &[b"mp41", b"heix"]), Kind::Heic),
            (&docx, Kind::Word),
            (&ole2("WordDocument"), Kind::WordLegacy),
            (b"Dear Sir,\r\n\tThe bins.\x0C\n", Kind::Text),
            ("Caf\u{e9} \u{2014} \u{1F5D1}\n".as_bytes(), Kind::Text),
            (b"\xEF\xBB\xBFwith a byte order mark", Kind::Text),
            (b"x", Kind::Text),
            (&phone_photo(false), Kind::Jpeg),
        ];
        for (bytes, kind) in cases {
            assert_eq!(
                detect(bytes),
                Some(kind),
                "{:?}",
                &bytes[..bytes.len().min(12)]
            );
        }
    }

    #[test]
    fn other_files_are_not_recognised() {
        let xlsx = zip(&[
            zip_entry("[Content_Types].xml", b"<Types/>", false),
            zip_entry("xl/workbook.xml", b"<workbook/>", false),
        ]);
        let cases: [&[u8]; 14] = [
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF", // a Windows program
            b"\x7FELF\x02\x01\x01",                  // a Linux program
            b"GIF89a\x01\0\x01\0",                   // a GIF
            &xlsx,                                   // a ZIP that is not Word
            b"PK\x03\x04",                           // a ZIP cut short
            &ftyp(b"isom", &[b"mp41", b"avc1"]),     // an MP4 video
            b"\x13\x37\xC0\xDE\x00\xFE\x81\x42",     // random bytes
            b"",                                     // nothing
            b"\xEF\xBB\xBF",                         // a byte order mark alone
            b"plain text\0with a NUL",               // text with a NUL
            b"caf\xC3(",                             // invalid UTF-8
            b"escape \x1B[31m red",                  // a control character
            b"\0\0\x01\0\x01\0",                     // an icon
            b"\xFF\xD8",                             // too short for a JPEG
        ];
        for bytes in cases {
            assert_eq!(detect(bytes), None, "{bytes:?}");
        }
    }

    #[test]
    fn the_name_never_decides() {
        // detect has no name to consult: a PDF is a PDF whatever it is
        // called, and a program called letter.pdf is nothing.
        let pdf = b"%PDF-1.7\n";
        for _name in ["letter.pdf", "photo.jpg", "virus.exe", "noextension"] {
            assert_eq!(detect(pdf), Some(Kind::Pdf));
            assert_eq!(detect(b"MZ\x90\0"), None);
        }
    }

    #[test]
    fn word_is_found_past_entries_with_data_descriptors() {
        let docx = zip(&[
            zip_entry("[Content_Types].xml", b"<Types/>", true),
            zip_entry("_rels/.rels", b"<Relationships/>", true),
            zip_entry("word/document.xml", b"<w:document/>", true),
        ]);
        assert_eq!(detect(&docx), Some(Kind::Word));
        let xlsx = zip(&[
            zip_entry("[Content_Types].xml", b"<Types/>", true),
            zip_entry("xl/workbook.xml", b"<workbook/>", true),
        ]);
        assert_eq!(detect(&xlsx), None);
        // A size pointing past the end stops the walk.
        let mut broken = zip_entry("a.xml", b"<a/>", false);
        broken[18..22].copy_from_slice(&1000u32.to_le_bytes());
        assert_eq!(
            detect(&[broken, zip_entry("word/a", b"", false)].concat()),
            None
        );
        // A ZIP64 entry's size is elsewhere: the next header is looked for.
        let mut zip64 = zip_entry("a.xml", b"<a/>", false);
        zip64[18..22].copy_from_slice(&u32::MAX.to_le_bytes());
        let docx = [zip64, zip_entry("word/document.xml", b"", false)].concat();
        assert_eq!(detect(&docx), Some(Kind::Word));
    }

    #[test]
    fn avif_is_not_taken_for_heic() {
        // An iPhone's photo, and HEVC named only among the compatible brands.
        assert_eq!(
            detect(&ftyp(b"heic", &[b"mif1", b"heic"])),
            Some(Kind::Heic)
        );
        assert_eq!(detect(&ftyp(b"mif1", &[b"heic"])), Some(Kind::Heic));
        // AVIF lists the generic HEIF brands too, but no HEVC one.
        assert_eq!(detect(&ftyp(b"avif", &[b"avif", b"mif1", b"miaf"])), None);
        assert_eq!(detect(&ftyp(b"mif1", &[b"msf1", b"miaf"])), None);
    }

    #[test]
    fn legacy_word_needs_a_word_document_stream() {
        assert_eq!(detect(&ole2("WordDocument")), Some(Kind::WordLegacy));
        // Excel, PowerPoint and Outlook files share the signature.
        for other in ["Workbook", "PowerPoint Document", "__substg1.0_0037001F"] {
            assert_eq!(detect(&ole2(other)), None, "{other}");
        }
        assert_eq!(detect(OLE2_SIGNATURE), None);
        // In ASCII, the name is not the directory's.
        let ascii = [OLE2_SIGNATURE, b"WordDocument"].concat();
        assert_eq!(detect(&ascii), None);
    }

    #[test]
    fn codes_media_types_and_serde_agree() {
        let codes: Vec<_> = Kind::ALL.iter().map(|kind| kind.code()).collect();
        assert_eq!(
            codes,
            ["pdf", "jpeg", "png", "heic", "word", "word-legacy", "text"]
        );
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
            assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), kind);
            assert!(kind.media_type().contains('/'));
        }
        assert_eq!(Kind::from_code("exe"), None);
        assert_eq!(Kind::from_code("PDF"), None);
        assert_eq!(
            Kind::Word.media_type(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
        assert_eq!(Kind::WordLegacy.media_type(), "application/msword");
        assert_eq!(Kind::Heic.media_type(), "image/heic");
        assert_eq!(Kind::Text.media_type(), "text/plain; charset=utf-8");
    }

    // ---- Limits ----

    #[test]
    fn default_limits() {
        let limits = Limits::default();
        assert_eq!(limits.max_files, 10);
        assert_eq!(limits.max_file_bytes, 10 * 1024 * 1024);
        assert_eq!(limits.max_total_bytes, 25 * 1024 * 1024);
        assert_eq!(limits.kinds, Kind::ALL);
        assert!(limits.problems().is_empty());
    }

    #[test]
    fn limits_are_read_from_a_council_file() {
        let limits: Limits = serde_json::from_str(r#"{"max_files": 4}"#).unwrap();
        assert_eq!(
            limits,
            Limits {
                max_files: 4,
                ..Limits::default()
            }
        );
        let limits: Limits = serde_json::from_str(
            r#"{"kinds": ["pdf", "word-legacy"], "max_total_bytes": 20971520}"#,
        )
        .unwrap();
        assert_eq!(limits.kinds, [Kind::Pdf, Kind::WordLegacy]);
        assert_eq!(limits.max_total_bytes, 20 * MB);
        assert!(serde_json::from_str::<Limits>(r#"{"max_file": 4}"#).is_err());
        assert!(serde_json::from_str::<Limits>(r#"{"kinds": ["exe"]}"#).is_err());
    }

    #[test]
    fn each_problem_names_its_field() {
        let problems = |limits: Limits| limits.problems();
        let one = |limits: Limits, field: &str| {
            let found = problems(limits);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(found[0].contains(field), "{found:?}");
        };
        one(
            Limits {
                max_files: 0,
                ..Limits::default()
            },
            "max_files is 0",
        );
        one(
            Limits {
                max_files: 21,
                ..Limits::default()
            },
            "max_files is 21",
        );
        assert!(problems(Limits {
            max_files: 20,
            ..Limits::default()
        })
        .is_empty());
        one(
            Limits {
                max_file_bytes: 0,
                ..Limits::default()
            },
            "max_file_bytes is 0",
        );
        one(
            Limits {
                max_file_bytes: 50 * MB + 1,
                max_total_bytes: 100 * MB,
                ..Limits::default()
            },
            "max_file_bytes is 52428801",
        );
        assert!(problems(Limits {
            max_file_bytes: 50 * MB,
            max_total_bytes: 100 * MB,
            ..Limits::default()
        })
        .is_empty());
        one(
            Limits {
                max_total_bytes: 5 * MB,
                ..Limits::default()
            },
            "max_total_bytes (5242880) is less than max_file_bytes (10485760)",
        );
        one(
            Limits {
                max_total_bytes: 100 * MB + 1,
                ..Limits::default()
            },
            "max_total_bytes is 104857601",
        );
        one(
            Limits {
                kinds: vec![],
                ..Limits::default()
            },
            "kinds is empty",
        );
        one(
            Limits {
                kinds: vec![Kind::Pdf, Kind::Png, Kind::Pdf, Kind::Pdf],
                ..Limits::default()
            },
            "kinds lists \"pdf\" more than once",
        );
        let all_wrong = Limits {
            max_files: 0,
            max_file_bytes: 0,
            max_total_bytes: 200 * MB,
            kinds: vec![],
        };
        assert_eq!(problems(all_wrong).len(), 4);
    }

    // ---- Checking a file as it is added ----

    fn held(size: u64, sha256: &str) -> Held {
        Held {
            size,
            sha256: sha256.into(),
        }
    }

    #[test]
    fn a_file_within_the_limits_is_accepted_with_its_kind() {
        let limits = Limits::default();
        assert_eq!(check(&limits, &[], b"%PDF-1.7", "a"), Ok(Kind::Pdf));
        assert_eq!(
            check(&limits, &[held(5, "b")], &phone_photo(true), "a"),
            Ok(Kind::Jpeg)
        );
        // Exactly at each limit is still allowed.
        let tight = Limits {
            max_files: 2,
            max_file_bytes: 8,
            max_total_bytes: 10,
            ..limits
        };
        assert_eq!(
            check(&tight, &[held(2, "b")], b"%PDF-1.7", "a"),
            Ok(Kind::Pdf)
        );
    }

    #[test]
    fn each_refusal_and_the_order_they_come_in() {
        let limits = Limits {
            max_files: 2,
            max_file_bytes: 10,
            max_total_bytes: 15,
            kinds: vec![Kind::Pdf, Kind::Text],
        };
        let full = [held(1, "a"), held(1, "x")];
        let big = [held(10, "x")];
        let pdf = b"%PDF-1.7";
        let png = b"\x89PNG\r\n\x1a\n";
        type Case<'a> = (&'a [Held], &'a [u8], Result<Kind, Refusal>);
        let cases: [Case; 9] = [
            // Empty comes first, even when full.
            (&full, b"", Err(Refusal::Empty)),
            // Too big before the kind is looked at.
            (
                &[],
                b"MZ too big to be allowed",
                Err(Refusal::TooBig { limit: 10 }),
            ),
            // The kind before the count: unknown, then known but not accepted.
            (&full, b"MZ\x90\0", Err(Refusal::NotAllowed)),
            (&full, png, Err(Refusal::NotAllowed)),
            // Too many before the total and the duplicate.
            (&full, pdf, Err(Refusal::TooMany { limit: 2 })),
            // The total before the duplicate.
            (&big, pdf, Err(Refusal::TotalTooBig { limit: 15 })),
            (&[held(1, "x")], pdf, Err(Refusal::AlreadyAdded)),
            (&[held(1, "X")], pdf, Ok(Kind::Pdf)),
            (&[held(1, "a")], b"hello", Ok(Kind::Text)),
        ];
        for (held, bytes, expected) in cases {
            assert_eq!(check(&limits, held, bytes, "x"), expected, "{bytes:?}");
        }
    }

    #[test]
    fn refusals_have_message_ids() {
        let ids: Vec<_> = [
            Refusal::Empty,
            Refusal::TooBig { limit: 1 },
            Refusal::NotAllowed,
            Refusal::TooMany { limit: 1 },
            Refusal::TotalTooBig { limit: 1 },
            Refusal::AlreadyAdded,
        ]
        .iter()
        .map(|refusal| {
            assert!(!refusal.to_string().is_empty());
            refusal.message_id()
        })
        .collect();
        assert_eq!(
            ids,
            [
                "attachment-error-empty",
                "attachment-error-too-big",
                "attachment-error-type",
                "attachment-error-too-many",
                "attachment-error-total",
                "attachment-error-duplicate",
            ]
        );
    }

    #[test]
    fn a_file_too_large_is_refused_by_its_size_alone() {
        let limits = Limits {
            max_file_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(check_size(&limits, 0), Err(Refusal::Empty));
        assert_eq!(check_size(&limits, 10), Ok(()));
        assert_eq!(check_size(&limits, 11), Err(Refusal::TooBig { limit: 10 }));
    }

    #[test]
    fn a_photo_is_sent_without_its_metadata_and_anything_else_as_it_is() {
        let photo = phone_photo(false);
        let sent = to_send(photo.clone()).unwrap();
        assert_eq!(sent, strip_jpeg_metadata(&photo).unwrap());
        assert!(!jpeg_has_location(&sent));
        let text = b"A letter\n".to_vec();
        assert_eq!(to_send(text.clone()).unwrap(), text);
        let broken = b"\xFF\xD8\xFF\xE1\x00".to_vec();
        assert!(to_send(broken).is_err());
    }

    // ---- Stripping a JPEG ----

    /// The orientation segment, written out by hand.
    fn orientation_app1(big: bool, orientation: u8) -> Vec<u8> {
        let mut expected = b"\xFF\xE1\x00\x22Exif\0\0".to_vec();
        if big {
            expected.extend(b"MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0");
            expected.extend([orientation, 0, 0, 0, 0, 0, 0]);
        } else {
            expected.extend(b"II\x2A\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0");
            expected.extend([orientation, 0, 0, 0, 0, 0, 0, 0]);
        }
        expected
    }

    #[test]
    fn a_phone_photo_loses_its_location_and_keeps_its_picture_and_rotation() {
        for big in [false, true] {
            let photo = phone_photo(big);
            assert!(jpeg_has_location(&photo));
            let stripped = strip_jpeg_metadata(&photo).unwrap();
            assert!(!jpeg_has_location(&stripped));
            let [dqt, sof, dht] = <[Vec<u8>; 3]>::try_from(tables()).unwrap();
            assert_eq!(
                segments(&stripped),
                [jfif(), orientation_app1(big, 6), icc(), dqt, sof, dht]
            );
            assert!(stripped.ends_with(&image_data()));
            for gone in [
                &b"Phone"[..],
                b"xmpmeta",
                b"holiday",
                b"http://ns.adobe.com",
            ] {
                assert!(
                    !contains(&stripped, gone),
                    "{}",
                    String::from_utf8_lossy(gone)
                );
            }
            let written = exif_tiff(&segments(&stripped)[1]).unwrap().to_vec();
            let order = if big {
                ByteOrder::Big
            } else {
                ByteOrder::Little
            };
            assert_eq!(tiff_orientation(&written), Some((order, 6)));
            assert_eq!(
                tiff_orientation(&tiff(big, Some(6), true)),
                Some((order, 6))
            );
            assert_eq!(strip_jpeg_metadata(&stripped).unwrap(), stripped);
        }
    }

    #[test]
    fn no_exif_is_written_without_a_rotation_to_keep() {
        for orientation in [Some(1), None, Some(0), Some(9)] {
            let photo = jpeg(&[jfif(), exif(false, orientation, true), icc()]);
            let stripped = strip_jpeg_metadata(&photo).unwrap();
            assert_eq!(stripped, jpeg(&[jfif(), icc()]), "{orientation:?}");
        }
        // Nothing to take out: the file comes back as it was.
        let plain = jpeg(&[jfif(), icc(), seg(0xEE, b"Adobe\0\x64\0\0\0\0\x02")]);
        assert_eq!(strip_jpeg_metadata(&plain).unwrap(), plain);
    }

    #[test]
    fn without_jfif_the_rotation_goes_straight_after_soi() {
        let photo = jpeg(&[exif(true, Some(8), true), icc(), jfif()]);
        let stripped = strip_jpeg_metadata(&photo).unwrap();
        assert_eq!(
            segments(&stripped)[..3],
            [orientation_app1(true, 8), icc(), jfif()]
        );
        assert_eq!(strip_jpeg_metadata(&stripped).unwrap(), stripped);
    }

    #[test]
    fn each_application_segment_is_kept_or_dropped() {
        for marker in (0xE0..=0xEF).chain([0xFE]) {
            let junk = seg(marker, b"some junk");
            let stripped = strip_jpeg_metadata(&jpeg(std::slice::from_ref(&junk))).unwrap();
            let kept = matches!(marker, 0xE0 | 0xEE);
            assert_eq!(contains(&stripped, &junk), kept, "{marker:X}");
        }
    }

    #[test]
    fn app2_is_kept_only_for_an_icc_profile() {
        let photo = jpeg(&[jfif(), icc(), mpf(), seg(0xE2, b"ICC_PROFILE")]);
        let stripped = strip_jpeg_metadata(&photo).unwrap();
        assert_eq!(
            segments(&stripped),
            [vec![jfif(), icc()], tables()].concat()
        );
        assert!(!contains(&stripped, b"MPF"));
    }

    #[test]
    fn nothing_after_the_end_of_the_image_is_kept() {
        let photo = phone_photo(false);
        // A "motion photo": an MP4 appended after EOI, with its own location.
        let mut video = b"\0\0\0\x18ftypmp42\0\0\0\0isommp42".to_vec();
        video.extend(b"\0\0\0\x30udta<GPSLatitude>51.5</GPSLatitude>");
        // An MPF secondary image: a JPEG with an EXIF GPS section of its own.
        let secondary = jpeg(&[exif(true, Some(1), true)]);
        for trailer in [video, secondary] {
            let with_trailer = [&photo[..], &trailer].concat();
            let stripped = strip_jpeg_metadata(&with_trailer).unwrap();
            assert_eq!(stripped, strip_jpeg_metadata(&photo).unwrap());
            assert!(stripped.ends_with(&image_data()));
            assert_eq!(walk(&stripped, |_, _| {}), Ok(stripped.len()));
            for gone in [&b"ftyp"[..], b"GPSLatitude", b"Phone"] {
                assert!(!contains(&stripped, gone));
            }
        }
    }

    #[test]
    fn metadata_between_the_scans_of_a_progressive_jpeg_is_dropped() {
        let first = scan(&[0x01, 0xFF, 0x00, 0x02, 0xFF, 0xD0, 0x03]);
        let second = scan(&[0x04, 0xFF, 0xFF, 0xD1, 0x05, 0xFF, 0x00]);
        let dht = tables()[2].clone();
        let photo = [
            SOI.to_vec(),
            jfif(),
            tables().concat(),
            first.clone(),
            comment(),
            exif(false, Some(6), true),
            dht.clone(),
            vec![0xFF, 0xFF], // fill bytes before the second scan
            second.clone(),
            EOI.to_vec(),
        ]
        .concat();
        assert!(jpeg_has_location(&photo));
        let stripped = strip_jpeg_metadata(&photo).unwrap();
        assert!(!jpeg_has_location(&stripped));
        // No rotation either: viewers read it only before the first scan.
        let expected = [vec![jfif()], tables(), vec![first, dht, second]].concat();
        assert_eq!(pieces(&stripped), expected);
        assert_eq!(stripped, [&SOI[..], &expected.concat(), &EOI].concat());
        assert_eq!(strip_jpeg_metadata(&stripped).unwrap(), stripped);
    }

    #[test]
    fn fill_bytes_and_markers_without_a_length() {
        let mut photo = SOI.to_vec();
        photo.extend(jfif());
        photo.extend([0xFF, 0xFF, 0xFF]); // fill bytes, then an APP1
        photo.extend(exif(false, Some(3), true));
        photo.extend([0xFF, 0x01, 0xFF, 0xFF, 0xD3]); // TEM, fill, RST3
        photo.extend([0xFF]);
        photo.extend(tables().concat());
        photo.extend(image_data());
        let stripped = strip_jpeg_metadata(&photo).unwrap();
        let mut expected = vec![
            jfif(),
            orientation_app1(false, 3),
            vec![0xFF, 0x01],
            vec![0xFF, 0xD3],
        ];
        expected.extend(tables());
        assert_eq!(segments(&stripped), expected);
        assert!(stripped.ends_with(&image_data()));
    }

    #[test]
    fn location_in_xmp_is_found_too() {
        let photo = jpeg(&[
            jfif(),
            xmp(r#"<rdf:Description exif:GPSLatitude="51,30.0N"/>"#),
        ]);
        assert!(jpeg_has_location(&photo));
        assert!(!jpeg_has_location(&jpeg(&[exif(false, Some(6), false)])));
        assert!(!jpeg_has_location(b"%PDF-1.7"));
        assert!(!jpeg_has_location(&strip_jpeg_metadata(&photo).unwrap()));
    }

    #[test]
    fn files_that_cannot_be_stripped() {
        let photo = phone_photo(false);
        assert_eq!(strip_jpeg_metadata(b""), Err(JpegError::NotJpeg));
        assert_eq!(
            strip_jpeg_metadata(b"\x89PNG\r\n\x1a\n"),
            Err(JpegError::NotJpeg)
        );
        // Cut inside the EXIF segment, which starts after SOI and APP0 (20).
        assert_eq!(
            strip_jpeg_metadata(&photo[..40]),
            Err(JpegError::Truncated { offset: 20 })
        );
        assert_eq!(
            strip_jpeg_metadata(&photo[..21]),
            Err(JpegError::Truncated { offset: 20 })
        );
        assert_eq!(
            strip_jpeg_metadata(&photo[..20]),
            Err(JpegError::NoImageData)
        );
        let sos = photo.len() - image_data().len();
        assert_eq!(
            strip_jpeg_metadata(&photo[..sos + 3]),
            Err(JpegError::Truncated { offset: sos })
        );
        // Cut inside the scan's data, or just before EOI: the scan has no
        // end, and the picture would be cut.
        for cut in [sos + 12, photo.len() - 3, photo.len() - 2, photo.len() - 1] {
            assert_eq!(
                strip_jpeg_metadata(&photo[..cut]),
                Err(JpegError::Truncated { offset: sos }),
                "{cut}"
            );
        }
        // Cut after a table that follows the scan: EOI is missing at the end.
        let no_eoi = [&photo[..photo.len() - 2], &tables()[2]].concat();
        assert_eq!(
            strip_jpeg_metadata(&no_eoi),
            Err(JpegError::Truncated {
                offset: no_eoi.len()
            })
        );
        let eoi_first = [&SOI[..], &jfif(), &[0xFF, 0xD9]].concat();
        assert_eq!(strip_jpeg_metadata(&eoi_first), Err(JpegError::NoImageData));
        let junk = [&SOI[..], &jfif(), b"junk"].concat();
        assert_eq!(
            strip_jpeg_metadata(&junk),
            Err(JpegError::Damaged { offset: 20 })
        );
        let zero_length = [&SOI[..], &[0xFF, 0xE0, 0, 1]].concat();
        assert_eq!(
            strip_jpeg_metadata(&zero_length),
            Err(JpegError::Damaged { offset: 2 })
        );
        for error in [
            JpegError::NotJpeg,
            JpegError::Truncated { offset: 20 },
            JpegError::Damaged { offset: 7 },
            JpegError::NoImageData,
        ] {
            assert!(error.to_string().contains("JPEG"));
        }
        assert!(JpegError::Truncated { offset: 20 }
            .to_string()
            .contains("20"));
    }

    fn junk_segment() -> impl Strategy<Value = Vec<u8>> {
        let markers: Vec<u8> = (0xE0..=0xEF).chain([0xFE]).collect();
        let payload = prop_oneof![
            prop::collection::vec(any::<u8>(), 0..64),
            // Something like EXIF, to reach the TIFF reader.
            prop::collection::vec(any::<u8>(), 0..64).prop_map(|tail| [
                &b"Exif\0\0II\x2A\0\x08\0\0\0"[..],
                &tail
            ]
            .concat()),
        ];
        prop_oneof![
            6 => (prop::sample::select(markers), payload)
                .prop_map(|(marker, payload)| seg(marker, &payload)),
            1 => Just(icc()),
            1 => Just(mpf()),
            1 => Just(exif(true, Some(3), true)),
        ]
    }

    /// Entropy-coded data: bytes with every FF stuffed, and restart markers
    /// (some after fill bytes).
    fn entropy_coded() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            8 => any::<u8>().prop_map(|b| if b == 0xFF { vec![0xFF, 0] } else { vec![b] }),
            1 => (0xD0u8..=0xD7).prop_map(|rst| vec![0xFF, rst]),
            1 => (0xD0u8..=0xD7).prop_map(|rst| vec![0xFF, 0xFF, rst]),
        ];
        prop::collection::vec(piece, 0..128).prop_map(|pieces| pieces.concat())
    }

    /// Whether a segment should survive stripping, by the rules as stated.
    fn should_keep(segment: &[u8]) -> bool {
        match segment[1] {
            0xE2 => segment[4..].starts_with(b"ICC_PROFILE\0"),
            0xE1..=0xED | 0xEF | 0xFE => false,
            _ => true,
        }
    }

    proptest! {
        #[test]
        fn stripping_keeps_the_picture_and_is_idempotent(
            junk in prop::collection::vec(junk_segment(), 0..8),
            first_scan in entropy_coded(),
            later_scans in prop::collection::vec(
                (prop::collection::vec(junk_segment(), 0..4), entropy_coded()),
                0..4,
            ),
            trailer in prop::collection::vec(any::<u8>(), 0..64),
            orientation in 0u16..10,
            big in any::<bool>(),
            exif_at in 0usize..8,
        ) {
            let mut before = junk;
            before.insert(exif_at.min(before.len()), exif(big, Some(orientation), true));
            // The photo, and what should come out of it: the segments kept,
            // the tables and every scan, in order.
            let mut photo = [SOI.to_vec(), before.concat(), tables().concat(), scan(&first_scan)].concat();
            let mut expected: Vec<_> = before.iter().filter(|s| should_keep(s)).cloned().collect();
            expected.extend(tables());
            expected.push(scan(&first_scan));
            for (between, data) in &later_scans {
                let dht = tables()[2].clone();
                photo.extend([between.concat(), dht.clone(), scan(data)].concat());
                expected.extend(between.iter().filter(|s| should_keep(s)).cloned());
                expected.extend([dht, scan(data)]);
            }
            // EOI, then a trailer such as a motion photo's video.
            photo.extend([&EOI[..], b"ftyp GPSLatitude", &trailer].concat());
            let stripped = strip_jpeg_metadata(&photo).unwrap();
            let app1: Vec<_> = pieces(&stripped).into_iter().filter(|s| s[1] == APP1).collect();
            let others: Vec<_> = pieces(&stripped).into_iter().filter(|s| s[1] != APP1).collect();
            prop_assert_eq!(others, expected);
            // Nothing after EOI.
            prop_assert_eq!(walk(&stripped, |_, _| {}), Ok(stripped.len()));
            prop_assert!(!jpeg_has_location(&stripped));
            prop_assert_eq!(strip_jpeg_metadata(&stripped), Ok(stripped.clone()));
            let exif_first = !before[..exif_at.min(before.len() - 1)]
                .iter()
                .any(|s| exif_tiff(s).is_some_and(|t| tiff_orientation(t).is_some()));
            if (2..=8).contains(&orientation) && exif_first {
                prop_assert_eq!(app1, vec![orientation_app1(big, orientation as u8)]);
            } else if !(2..=8).contains(&orientation) && exif_first {
                prop_assert!(app1.is_empty());
            }
        }

        #[test]
        fn nothing_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = strip_jpeg_metadata(&bytes);
            let _ = detect(&bytes);
            let _ = jpeg_has_location(&bytes);
        }

        #[test]
        fn nothing_panics_past_a_signature(
            prefix in prop::sample::select(vec![
                &b"\xFF\xD8"[..],
                b"\xFF\xD8\xFF\xE1\x00\x40Exif\0\0II\x2A\0",
                b"\xFF\xD8\xFF\xE1\x00\x40Exif\0\0MM\0\x2A",
                b"\xFF\xD8\xFF\xDA\x00\x02", // a scan, then any data
                b"PK\x03\x04",
                b"\0\0\0\x18ftypmif1",
                b"\0\0\0\0ftyp",
                b"\xEF\xBB\xBF",
            ]),
            rest in prop::collection::vec(any::<u8>(), 0..512),
        ) {
            let bytes = [prefix, &rest].concat();
            let _ = strip_jpeg_metadata(&bytes);
            let _ = detect(&bytes);
            let _ = jpeg_has_location(&bytes);
        }
    }
}
