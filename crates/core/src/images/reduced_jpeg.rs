//! A reduced-size decoder for baseline JPEGs, for thumbnails, straight from the
//! Huffman-coded DCT coefficients with no inverse DCT and no coefficient buffer:
//!
//! - at 1/8 scale every 8×8 block becomes one sample, its average (the DC coefficient:
//!   exactly libjpeg's 1×1 output), and its AC coefficients are only stepped over;
//! - at 1/4 scale it becomes 2×2 samples, the block's four lowest frequencies averaged
//!   over each quarter ([`LowPass`]); the rest of the block is stepped over;
//! - chroma comes out at 1/8 of the full resolution at either scale (1/16 across for
//!   4:1:1; see `decode_scan`), one plane per component, covering only what the picture
//!   reaches: the caller resizes each plane to its final size and converts the colour
//!   after.
//!
//! Why our own and not a library: entropy decoding is the one full-size step of a
//! thumbnail, and no decoder we can use makes stepping over coefficients cheap:
//! libjpeg-turbo at 1/4 scale spent ~30 ms of a 12 MP photo's ~34 ms thumbnail in its
//! Huffman decoder, `jpeg-decoder` twice that, and `zune-jpeg` has no reduced scale.
//! Here one lookup in a 4096-entry table, indexed by the next 12 bits, steps over as
//! many whole coefficients (code and value bits) as those bits hold, and the bit buffer
//! stays in registers: 1.6× libjpeg-turbo's speed at 1/4 scale, 1.9× at 1/8 (measured
//! on 12 MP photos), and the whole thumbnail takes ~20 ms of CPU. `scripts/bench`
//! measures it (the `thumbnails` row).
//!
//! Scope: sequential Huffman JPEGs (SOF0/SOF1) of 8-bit samples, one interleaved scan of
//! 1 (grey) or 3 (YCbCr, or RGB per the Adobe marker or component ids) components,
//! integer chroma sampling ratios, restart intervals. Anything else (progressive,
//! arithmetic, 12-bit, CMYK, DNL, several scans), and any stream that is truncated,
//! corrupt or short of restart markers, gives `None`: the caller then uses libjpeg-turbo,
//! which handles all of it. Hostile bytes never panic: every read is bounds-checked and
//! every loop bounded by the frame's block count.

use std::f64::consts::PI;

/// A JPEG decoded at reduced scale: one plane per component (grey; YCbCr, or RGB per
/// the Adobe marker or the component ids), each at its own resolution. The caller
/// resizes each plane to its final size (chroma planes need no upsampling first) and
/// then converts colour with [`ycbcr_to_rgb`]: both steps are linear but for rounding,
/// and resizing first converts 5–30× fewer pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Reduced {
    /// The picture's size at this scale, `ceil(side / denom)` as libjpeg-turbo sizes it.
    pub width: u32,
    pub height: u32,
    pub planes: Vec<Plane>,
    /// Three planes in YCbCr (else grey, or RGB).
    pub ycbcr: bool,
}

/// One component's reduced samples, row-major. The picture covers `covers` of them
/// (fractional where its edge cuts a sample; never less than a sample short of the
/// plane's size, so a resize cropped to `covers` reads no padding beyond its filter's
/// edge taps).
#[derive(Debug, Clone, PartialEq)]
pub struct Plane {
    pub width: u32,
    pub height: u32,
    pub samples: Vec<u8>,
    pub covers: (f64, f64),
}

/// Decodes `bytes` at 1/`denom` scale (8 or 4), if its frame is `expected` (width,
/// height: the size the caller read and checked its limits against); `None` for
/// anything outside this decoder's scope.
pub fn decode(bytes: &[u8], denom: u32, expected: (u32, u32)) -> Option<Reduced> {
    let cell = match denom {
        8 => 1,
        4 => 2,
        _ => return None,
    };
    let header = Header::parse(bytes)?;
    if (header.width as u32, header.height as u32) != expected {
        return None;
    }
    let planes = decode_scan(bytes, &header, cell)?;
    Some(Reduced {
        width: (header.width * cell).div_ceil(8) as u32,
        height: (header.height * cell).div_ceil(8) as u32,
        planes,
        ycbcr: header.ycbcr(),
    })
}

/// Coefficients in the order they are coded (zig-zag) to their natural (row-major)
/// index.
const ZIGZAG: [u8; 64] = [
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
    13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59,
    52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

/// Bits of the stream the lookup tables are indexed by; longer codes take the slow path.
const LUT_BITS: u32 = 12;

/// How a coded coefficient moves the position in its block: `run + 1`, 16 for a run of
/// sixteen zeros (ZRL), 64 for the end of the block (EOB).
fn advance(symbol: u8) -> u32 {
    match (symbol & 15, symbol >> 4) {
        (0, 15) => 16,
        (0, _) => 64,
        (_, run) => u32::from(run) + 1,
    }
}

/// F.2.2.1's EXTEND: the `size`-bit raw value as a signed coefficient.
#[inline(always)]
fn extend(raw: i32, size: u32) -> i32 {
    if size == 0 {
        0
    } else if raw < 1 << (size - 1) {
        raw - (1 << size) + 1
    } else {
        raw
    }
}

/// Entries of a lookup table.
const LUT_SIZE: usize = 1 << LUT_BITS;

/// A lookup table indexed by the next [`LUT_BITS`] bits (fixed size: no bounds checks).
type Lut<T> = Box<[T; LUT_SIZE]>;

/// A zeroed [`Lut`].
fn lut<T: Copy + Default>() -> Lut<T> {
    let table: Box<[T]> = vec![T::default(); LUT_SIZE].into_boxed_slice();
    match table.try_into() {
        Ok(table) => table,
        Err(_) => unreachable!("the vector has LUT_SIZE entries"),
    }
}

/// A Huffman table (JPEG Annex C) and three lookup tables indexed by the next
/// [`LUT_BITS`] bits of the stream. An entry of 0 sends the decoder to the slow path.
struct Huffman {
    /// `len << 8 | symbol`.
    decode: Lut<u16>,
    /// A symbol whose code and value bits both fit: `value << 16 | advance << 8 | bits`,
    /// `bits` the code and value bits together and `advance` as [`advance`] gives it.
    with_value: Lut<u32>,
    /// Up to two AC symbols whose codes and values all fit, the second only if the first
    /// does not end the block: `value2 << 48 | value1 << 32 | limit << 24 |
    /// advance2 << 16 | advance1 << 8 | bits` (`advance2` and `value2` 0 when there is
    /// one). The entry may be taken at position `k < limit` (64 − `advance1` with a
    /// second symbol, so that it belongs to the same block; 0 for the slow path).
    pairs: Lut<u64>,
    /// For stepping over AC coefficients: as many whole symbols as fit, at most one
    /// end of block and it last, `limit << 16 | advance << 8 | bits`, where `advance`
    /// is the total move (63 once the block ended: enough to leave it from anywhere) and
    /// the entry may be taken at position `k < limit`: 64 less the move before the last
    /// symbol, so that every symbol belongs to the block (0: the slow path). A lone
    /// symbol whose code fits but not its value is there too (its value bits are only
    /// dropped).
    skip: Lut<u32>,
    /// The largest code of each length (index 1..=16), -1 if none.
    max_code: [i32; 17],
    /// Symbol index of a code of each length: `value_offset[len] + code`.
    value_offset: [i32; 17],
    values: Vec<u8>,
}

impl Huffman {
    /// Builds the table from a DHT segment's 16 counts and its symbols; `None` if the
    /// counts describe no prefix code. `pairs` and `skip` are filled only for an `ac`
    /// table (a DC table reads one symbol per block).
    fn new(counts: &[u8; 16], values: &[u8], ac: bool) -> Option<Huffman> {
        let size = LUT_SIZE;
        let mut decode = lut::<u16>();
        let mut max_code = [-1i32; 17];
        let mut value_offset = [0i32; 17];
        let mut code: u32 = 0;
        let mut k = 0usize;
        for len in 1..=16u32 {
            let count = usize::from(counts[len as usize - 1]);
            value_offset[len as usize] = k as i32 - code as i32;
            for _ in 0..count {
                let symbol = *values.get(k)?;
                if code >= 1 << len {
                    return None;
                }
                if len <= LUT_BITS {
                    let shift = LUT_BITS - len;
                    let first = (code << shift) as usize;
                    decode[first..first + (1 << shift)].fill((len as u16) << 8 | u16::from(symbol));
                }
                code += 1;
                k += 1;
            }
            if count > 0 {
                max_code[len as usize] = code as i32 - 1;
            }
            code <<= 1;
        }
        // A symbol at the top of `window` (LUT_BITS wide) whose code and value bits all
        // lie within its first `available` bits: (bits, advance, value).
        let whole = |window: usize, available: u32| -> Option<(u32, u32, i32)> {
            let window = window & (size - 1);
            let entry = decode[window];
            let (len, symbol) = (u32::from(entry >> 8), entry as u8);
            let bits = len + u32::from(symbol & 15);
            if entry == 0 || bits > available {
                return None;
            }
            let raw = (window >> (LUT_BITS - bits)) as i32 & ((1 << (symbol & 15)) - 1);
            Some((bits, advance(symbol), extend(raw, u32::from(symbol & 15))))
        };
        let mut with_value = lut::<u32>();
        let mut skip = lut::<u32>();
        let mut pairs = lut::<u64>();
        for index in 0..size {
            let first = whole(index, LUT_BITS);
            if let Some((bits, advance, value)) = first {
                with_value[index] = (value as u32) << 16 | advance << 8 | bits;
            }
            if !ac {
                continue;
            }
            if let Some((bits, advance, value)) = first {
                let mut pair =
                    u64::from(value as u16) << 32 | u64::from(64 << 24 | advance << 8 | bits);
                if advance != 64 {
                    if let Some((bits2, advance2, value2)) = whole(index << bits, LUT_BITS - bits) {
                        let limit = 64 - advance;
                        pair = u64::from(value2 as u16) << 48
                            | u64::from(value as u16) << 32
                            | u64::from(
                                limit << 24 | advance2 << 16 | advance << 8 | (bits + bits2),
                            );
                    }
                }
                pairs[index] = pair;
            }
            let (mut used, mut total, mut partial) = (0u32, 0u32, 0u32);
            while let Some((bits, advance, _)) = whole(index << used, LUT_BITS - used) {
                if total + advance.min(63) > 63 && advance != 64 {
                    break;
                }
                partial = total;
                used += bits;
                total = (total + advance).min(63);
                if advance == 64 || used == LUT_BITS {
                    break;
                }
            }
            if used > 0 {
                skip[index] = (64 - partial) << 16 | total << 8 | used;
            } else if decode[index] != 0 {
                let (len, symbol) = (u32::from(decode[index] >> 8), decode[index] as u8);
                skip[index] =
                    64 << 16 | advance(symbol).min(63) << 8 | (len + u32::from(symbol & 15));
            }
        }
        Some(Huffman {
            decode,
            with_value,
            pairs,
            skip,
            max_code,
            value_offset,
            values: values.get(..k)?.to_vec(),
        })
    }

    /// Decodes a code longer than [`LUT_BITS`] from the next 16 bits: `(len, symbol)`.
    #[cold]
    fn decode_long(&self, peek16: u32) -> Option<(u32, u8)> {
        for len in LUT_BITS + 1..=16 {
            let code = (peek16 >> (16 - len)) as i32;
            if code <= self.max_code[len as usize] {
                let index = usize::try_from(self.value_offset[len as usize] + code).ok()?;
                return Some((len, *self.values.get(index)?));
            }
        }
        None
    }

    /// The next symbol: `(code length, symbol)`. `bits` holds at least 32 bits.
    #[inline(always)]
    fn symbol(&self, bits: Bits) -> Option<(u32, u8)> {
        let entry = self.decode[bits.peek(LUT_BITS) as usize & (LUT_SIZE - 1)];
        if entry != 0 {
            Some((u32::from(entry >> 8), entry as u8))
        } else {
            self.decode_long(bits.peek(16))
        }
    }

    /// Takes the next symbol and its value: `(advance, value)` as in `with_value`;
    /// `None` on a code the table lacks or a value size over `max_size`. `bits` holds
    /// at least 32 bits.
    #[inline(always)]
    fn coefficient(&self, bits: &mut Bits, max_size: u8) -> Option<(u32, i32)> {
        let entry = self.with_value[bits.peek(LUT_BITS) as usize & (LUT_SIZE - 1)];
        if entry != 0 {
            bits.consume(entry & 0xFF);
            return Some(((entry >> 8) & 0xFF, (entry as i32) >> 16));
        }
        let (rest, advance, value) = self.coefficient_slow(*bits, max_size)?;
        *bits = rest;
        Some((advance, value))
    }

    /// [`Huffman::coefficient`] for long codes and values. `bits` goes in and out by
    /// value, so the caller's stays in registers.
    #[cold]
    fn coefficient_slow(&self, mut bits: Bits, max_size: u8) -> Option<(Bits, u32, i32)> {
        let (len, symbol) = self.symbol(bits)?;
        let size = symbol & 15;
        if size > max_size {
            return None;
        }
        bits.consume(len);
        let value = bits.value(u32::from(size));
        Some((bits, advance(symbol), value))
    }
}

/// The bit buffer of the entropy-coded data, MSB first: a value the hot loops keep in
/// registers; [`Source`] refills it.
#[derive(Debug, Clone, Copy, Default)]
struct Bits {
    /// Valid bits at the top; everything below them is zero.
    buf: u64,
    count: u32,
}

impl Bits {
    /// Makes at least 32 bits available (more than any code and its value take).
    #[inline(always)]
    fn fill(&mut self, source: &mut Source) {
        if self.count < 32 {
            *self = source.refill(*self);
        }
    }

    #[inline(always)]
    fn peek(&self, n: u32) -> u32 {
        (self.buf >> (64 - n)) as u32
    }

    #[inline(always)]
    fn consume(&mut self, n: u32) {
        self.buf <<= n;
        self.count -= n;
    }

    /// Takes `size` bits (0..=15) as a JPEG signed value.
    #[inline(always)]
    fn value(&mut self, size: u32) -> i32 {
        if size == 0 {
            return 0;
        }
        let raw = self.peek(size) as i32;
        self.consume(size);
        extend(raw, size)
    }
}

/// The entropy-coded bytes of a scan, read with stuffed zero bytes removed. Past a
/// marker or the end of the data it gives zeros and counts them, so a truncated stream
/// is noticed when those bits are consumed.
struct Source<'a> {
    data: &'a [u8],
    pos: usize,
    /// Zero bytes given past the data.
    padding: u32,
    /// The restart marker expected next (RST0 to RST7 in turn).
    next_restart: u8,
}

impl Source<'_> {
    /// `bits` topped up to at least 57 bits.
    #[inline(always)]
    fn refill(&mut self, bits: Bits) -> Bits {
        // Fast path: eight bytes with no 0xFF among them (no stuffing, no marker).
        if let Some(chunk) = self.data.get(self.pos..self.pos + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_be_bytes(word);
            let has_ff =
                (!word).wrapping_sub(0x0101_0101_0101_0101) & word & 0x8080_8080_8080_8080 != 0;
            if !has_ff {
                let take = (64 - bits.count) / 8;
                let count = bits.count + take * 8;
                self.pos += take as usize;
                return Bits {
                    buf: keep_top(bits.buf | (word >> bits.count), count),
                    count,
                };
            }
        }
        self.refill_bytewise(bits)
    }

    /// Refills byte by byte: stuffed 0xFF bytes, markers and the end of the data.
    #[cold]
    fn refill_bytewise(&mut self, mut bits: Bits) -> Bits {
        while bits.count <= 56 {
            let byte = match self.data.get(self.pos) {
                Some(&0xFF) => match self.data.get(self.pos + 1) {
                    Some(0) => {
                        self.pos += 2;
                        Some(0xFF)
                    }
                    _ => None,
                },
                Some(&b) => {
                    self.pos += 1;
                    Some(b)
                }
                None => None,
            };
            match byte {
                Some(b) => bits.buf |= u64::from(b) << (56 - bits.count),
                None => self.padding = self.padding.saturating_add(1),
            }
            bits.count += 8;
        }
        bits
    }

    /// Whether `bits` has given out bits from past the end of the data.
    fn overran(&self, bits: Bits) -> bool {
        self.padding > bits.count / 8
    }

    /// Whether bits past the end of the data have surely been consumed: the buffer
    /// holds at most 8 bytes, so more padding than that was read. Cheap enough to ask
    /// at every MCU, so a truncated stream stops at once.
    fn surely_overran(&self) -> bool {
        self.padding > 8
    }

    /// At a restart interval's end: drops the byte-alignment bits in `bits` and steps
    /// over the RSTn marker; `None` if the data ran short or the next marker is not one.
    fn restart(&mut self, bits: Bits) -> Option<Bits> {
        if self.overran(bits) {
            return None;
        }
        self.padding = 0;
        while self.data.get(self.pos) == Some(&0xFF) && self.data.get(self.pos + 1) == Some(&0xFF) {
            self.pos += 1;
        }
        // The markers count RST0 to RST7 in turn: another one means lost data.
        let expected = 0xD0 + self.next_restart;
        match (self.data.get(self.pos), self.data.get(self.pos + 1)) {
            (Some(0xFF), Some(&marker)) if marker == expected => {
                self.pos += 2;
                self.next_restart = (self.next_restart + 1) % 8;
                Some(Bits::default())
            }
            _ => None,
        }
    }
}

/// `buf` with only its top `n` bits kept.
#[inline(always)]
fn keep_top(buf: u64, n: u32) -> u64 {
    if n >= 64 {
        buf
    } else {
        buf & !(u64::MAX >> n)
    }
}

/// A frame component and the tables its scan uses.
#[derive(Debug, Clone, Copy)]
struct Component {
    id: u8,
    h: usize,
    v: usize,
    quant: usize,
    dc: usize,
    ac: usize,
}

/// A DHT table: the number of codes of each length (1..=16) and their symbols.
#[derive(Debug, Clone)]
struct TableSpec {
    counts: [u8; 16],
    values: Vec<u8>,
}

/// What the decoder needs from the markers before the first scan.
struct Header {
    width: usize,
    height: usize,
    components: Vec<Component>,
    quant: [Option<[u16; 64]>; 4],
    /// Huffman tables as defined (counts and symbols): built into lookup tables only
    /// for the scan that uses them, so a file of many DHT segments costs little.
    dc: [Option<TableSpec>; 4],
    ac: [Option<TableSpec>; 4],
    restart_interval: usize,
    /// Whether a JFIF APP0 marker came (which makes three components YCbCr).
    jfif: bool,
    /// The Adobe APP14 marker's colour transform, if there is one.
    adobe_transform: Option<u8>,
    /// Where the first scan's entropy-coded data starts.
    scan_start: usize,
}

impl Header {
    fn parse(bytes: &[u8]) -> Option<Header> {
        if bytes.get(..2)? != [0xFF, 0xD8] {
            return None;
        }
        let mut header = Header {
            width: 0,
            height: 0,
            components: Vec::new(),
            quant: [None; 4],
            dc: [None, None, None, None],
            ac: [None, None, None, None],
            restart_interval: 0,
            jfif: false,
            adobe_transform: None,
            scan_start: 0,
        };
        let mut pos = 2;
        loop {
            // Fill bytes may precede a marker.
            while *bytes.get(pos)? == 0xFF && *bytes.get(pos + 1)? == 0xFF {
                pos += 1;
            }
            if *bytes.get(pos)? != 0xFF {
                return None;
            }
            let marker = *bytes.get(pos + 1)?;
            if matches!(marker, 0x01 | 0xD0..=0xD7) {
                pos += 2;
                continue;
            }
            let len = usize::from(u16::from_be_bytes([
                *bytes.get(pos + 2)?,
                *bytes.get(pos + 3)?,
            ]));
            let segment = bytes.get(pos + 4..pos + 2 + len.checked_sub(2)? + 2)?;
            match marker {
                0xC0 | 0xC1 => header.frame(segment)?,
                // Progressive, lossless, hierarchical, arithmetic: not ours.
                0xC2 | 0xC3 | 0xC5..=0xCB | 0xCD..=0xCF => return None,
                0xC4 => header.huffman(segment)?,
                0xDB => header.quantization(segment)?,
                0xDD => header.restart_interval = usize::from(read_u16(segment, 0)?),
                0xE0 if segment.starts_with(b"JFIF\0") => header.jfif = true,
                0xEE if segment.starts_with(b"Adobe") => {
                    header.adobe_transform = segment.get(11).copied();
                }
                0xDA => {
                    header.scan(segment)?;
                    header.scan_start = pos + 2 + len;
                    return Some(header);
                }
                // Not markers that may come here (0x00 is a stuffed byte in scan data).
                0x00 | 0xFF | 0xD8 | 0xD9 => return None,
                _ => {}
            }
            pos += 2 + len;
        }
    }

    fn frame(&mut self, s: &[u8]) -> Option<()> {
        if !self.components.is_empty() || *s.first()? != 8 {
            return None;
        }
        self.height = usize::from(read_u16(s, 1)?);
        self.width = usize::from(read_u16(s, 3)?);
        let n = usize::from(*s.get(5)?);
        if self.width == 0 || self.height == 0 || !(n == 1 || n == 3) {
            return None;
        }
        for i in 0..n {
            let c = s.get(6 + 3 * i..9 + 3 * i)?;
            let (h, v) = (usize::from(c[1] >> 4), usize::from(c[1] & 15));
            if !(1..=4).contains(&h) || !(1..=4).contains(&v) || c[2] > 3 {
                return None;
            }
            self.components.push(Component {
                id: c[0],
                h,
                v,
                quant: usize::from(c[2]),
                dc: 0,
                ac: 0,
            });
        }
        Some(())
    }

    fn huffman(&mut self, mut s: &[u8]) -> Option<()> {
        while !s.is_empty() {
            let (class, id) = (s[0] >> 4, usize::from(s[0] & 15));
            let counts: [u8; 16] = s.get(1..17)?.try_into().ok()?;
            let total: usize = counts.iter().map(|&c| usize::from(c)).sum();
            let values = s.get(17..17 + total)?.to_vec();
            let table = Some(TableSpec { counts, values });
            match (class, id) {
                (0, 0..=3) => self.dc[id] = table,
                (1, 0..=3) => self.ac[id] = table,
                _ => return None,
            }
            s = &s[17 + total..];
        }
        Some(())
    }

    fn quantization(&mut self, mut s: &[u8]) -> Option<()> {
        while !s.is_empty() {
            let (precision, id) = (s[0] >> 4, usize::from(s[0] & 15));
            if id > 3 {
                return None;
            }
            let mut table = [0u16; 64];
            let used = match precision {
                0 => {
                    for (q, &b) in table.iter_mut().zip(s.get(1..65)?) {
                        *q = u16::from(b);
                    }
                    65
                }
                1 => {
                    for (i, q) in table.iter_mut().enumerate() {
                        *q = read_u16(s, 1 + 2 * i)?;
                    }
                    129
                }
                _ => return None,
            };
            self.quant[id] = Some(table);
            s = &s[used..];
        }
        Some(())
    }

    fn scan(&mut self, s: &[u8]) -> Option<()> {
        let n = usize::from(*s.first()?);
        // One scan with every component: several scans would each need their own pass.
        if n == 0 || n != self.components.len() {
            return None;
        }
        for i in 0..n {
            let c = s.get(1 + 2 * i..3 + 2 * i)?;
            let component = self.components.get_mut(i)?;
            if component.id != c[0] {
                return None;
            }
            component.dc = usize::from(c[1] >> 4);
            component.ac = usize::from(c[1] & 15);
        }
        let spectral = s.get(1 + 2 * n..4 + 2 * n)?;
        if spectral != [0, 63, 0] {
            return None;
        }
        Some(())
    }

    /// Whether three components are YCbCr, decided as libjpeg does: a JFIF marker says
    /// so; else an Adobe marker's transform (0: RGB); else component ids `R`, `G`, `B`
    /// mean RGB.
    fn ycbcr(&self) -> bool {
        if self.components.len() != 3 {
            return false;
        }
        if self.jfif {
            return true;
        }
        if let Some(transform) = self.adobe_transform {
            return transform != 0;
        }
        let ids: Vec<u8> = self.components.iter().map(|c| c.id).collect();
        ids != b"RGB"
    }

    fn max_h(&self) -> usize {
        self.components.iter().map(|c| c.h).max().unwrap_or(1)
    }

    fn max_v(&self) -> usize {
        self.components.iter().map(|c| c.v).max().unwrap_or(1)
    }
}

fn read_u16(s: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*s.get(at)?, *s.get(at + 1)?]))
}

/// Zig-zag positions of a block's four lowest frequencies: the DC and the first
/// horizontal, vertical and diagonal cosines.
const LOW: [usize; 4] = [0, 1, 2, 4];

/// How a block becomes 2×2 (or 2×1, 1×2) samples: its four lowest frequencies
/// ([`LOW`]), each averaged over the parts of the block. Exact quarter averages would
/// need all 25 coefficients with odd or zero frequencies; the four lowest make a
/// smoother low-pass, which is what a downscale wants anyway (the thumbnails' SSIM
/// against a full-size Lanczos3 went up, from 0.9957 to 0.9961 at the minimum, in
/// `scripts/bench`), and leave the rest of the block to the fast skip.
struct LowPass {
    /// Samples per block across and down (1 or 2 each).
    across: usize,
    down: usize,
    /// `weights[n][i * across + j]`: what coefficient `LOW[n]`, dequantised, adds to the
    /// sample at row `i`, column `j`.
    weights: [[f32; 4]; 4],
}

impl LowPass {
    fn new(quant: &[u16; 64], across: usize, down: usize) -> LowPass {
        // The average of the 8-point inverse DCT basis `u` over part `i` of `parts`
        // equal parts of a block, times its scale (C(u) / 2, so the 2-D product carries
        // the transform's 1/4).
        let part = |parts: usize, i: usize, u: usize| -> f64 {
            let scale = if u == 0 { 0.5 / 2f64.sqrt() } else { 0.5 };
            let len = 8 / parts;
            let sum: f64 = (i * len..(i + 1) * len)
                .map(|x| ((2 * x + 1) as f64 * u as f64 * PI / 16.0).cos())
                .sum();
            scale * sum / len as f64
        };
        let mut weights = [[0f32; 4]; 4];
        for (w, &k) in weights.iter_mut().zip(&LOW) {
            let natural = usize::from(ZIGZAG[k]);
            let (v, u) = (natural / 8, natural % 8);
            for i in 0..down {
                for j in 0..across {
                    let weight = f64::from(quant[k]) * part(down, i, v) * part(across, j, u);
                    w[i * across + j] = weight as f32;
                }
            }
        }
        LowPass {
            across,
            down,
            weights,
        }
    }

    /// The samples (before the level shift) from the coefficients at [`LOW`].
    #[inline(always)]
    fn samples(&self, low: &[i16; 8]) -> [f32; 4] {
        let mut sums = [0f32; 4];
        for (w, &k) in self.weights.iter().zip(&LOW) {
            let value = f32::from(low[k]);
            for (sum, weight) in sums.iter_mut().zip(w) {
                *sum += value * weight;
            }
        }
        sums
    }
}

/// Decodes the scan into one reduced plane per component.
///
/// Samples per block side: luma (and RGB) at the scale's `cell`; chroma at 1/8 of the
/// full resolution whatever the scale (4:2:0 chroma two per block side, as libjpeg
/// does it at 1/8 with no repeated samples; full-resolution chroma one, only its DC
/// decoded, which is still more than a thumbnail's resolution: the eye reads detail
/// from luma).
fn decode_scan(bytes: &[u8], header: &Header, cell: usize) -> Option<Vec<Plane>> {
    let (max_h, max_v) = (header.max_h(), header.max_v());
    let interleaved = header.components.len() > 1;
    let (mcus_x, mcus_y) = if interleaved {
        (
            header.width.div_ceil(8 * max_h),
            header.height.div_ceil(8 * max_v),
        )
    } else {
        (header.width.div_ceil(8), header.height.div_ceil(8))
    };
    struct Job<'t> {
        dc: &'t Huffman,
        ac: &'t Huffman,
        low_pass: LowPass,
        /// DC dequantisation step.
        dc_quant: i32,
        /// Blocks per MCU across and down.
        h: usize,
        v: usize,
        prediction: i32,
        plane: Plane,
    }
    // Each table the scan uses, built once (components often share them).
    let build = |specs: &[Option<TableSpec>; 4], ids: &mut dyn Iterator<Item = usize>, ac| {
        let mut tables: [Option<Huffman>; 4] = [None, None, None, None];
        for id in ids {
            if tables.get(id)?.is_none() {
                let spec = specs.get(id)?.as_ref()?;
                tables[id] = Some(Huffman::new(&spec.counts, &spec.values, ac)?);
            }
        }
        Some(tables)
    };
    let dc_tables = build(
        &header.dc,
        &mut header.components.iter().map(|c| c.dc),
        false,
    )?;
    let ac_tables = build(
        &header.ac,
        &mut header.components.iter().map(|c| c.ac),
        true,
    )?;
    let ycbcr = header.ycbcr();
    let mut jobs = Vec::with_capacity(header.components.len());
    for (index, c) in header.components.iter().enumerate() {
        let quant = header.quant[c.quant].as_ref()?;
        if max_h % c.h != 0 || max_v % c.v != 0 {
            return None;
        }
        let chroma = ycbcr && index > 0;
        // Samples per block on an axis where the component has 1/`ratio` of the
        // luma's resolution.
        let per_block = |ratio: usize| {
            if chroma {
                ratio.min(2)
            } else {
                (cell * ratio).min(2)
            }
        };
        let (h, v, across, down) = if interleaved {
            (c.h, c.v, per_block(max_h / c.h), per_block(max_v / c.v))
        } else {
            (1, 1, cell, cell)
        };
        // Plane samples per full-size pixel.
        let (sx, sy) = if interleaved {
            (
                (across * c.h) as f64 / (8 * max_h) as f64,
                (down * c.v) as f64 / (8 * max_v) as f64,
            )
        } else {
            (cell as f64 / 8.0, cell as f64 / 8.0)
        };
        let covers = (header.width as f64 * sx, header.height as f64 * sy);
        // Only the samples the picture reaches: no padding blocks for a resize to read.
        let (width, height) = (covers.0.ceil() as usize, covers.1.ceil() as usize);
        jobs.push(Job {
            dc: dc_tables.get(c.dc)?.as_ref()?,
            ac: ac_tables.get(c.ac)?.as_ref()?,
            low_pass: LowPass::new(quant, across, down),
            dc_quant: i32::from(quant[0]),
            h,
            v,
            prediction: 0,
            plane: Plane {
                width: u32::try_from(width).ok()?,
                height: u32::try_from(height).ok()?,
                samples: vec![0; width.checked_mul(height)?],
                covers,
            },
        });
    }

    let mut source = Source {
        data: bytes,
        pos: header.scan_start,
        padding: 0,
        next_restart: 0,
    };
    let mut bits = Bits::default();
    let total = mcus_x.checked_mul(mcus_y)?;
    for mcu in 0..total {
        if header.restart_interval > 0 && mcu > 0 && mcu % header.restart_interval == 0 {
            bits = source.restart(bits)?;
            for job in &mut jobs {
                job.prediction = 0;
            }
        }
        if source.surely_overran() {
            return None;
        }
        let (mx, my) = (mcu % mcus_x, mcu / mcus_x);
        for job in &mut jobs {
            let (across, down) = (job.low_pass.across, job.low_pass.down);
            let (width, height) = (job.plane.width as usize, job.plane.height as usize);
            for by in 0..job.v {
                for bx in 0..job.h {
                    let (x, y) = (mx * job.h + bx, my * job.v + by);
                    // DC: the difference from the previous block's.
                    bits.fill(&mut source);
                    let (_, diff) = job.dc.coefficient(&mut bits, 11)?;
                    job.prediction = job.prediction.wrapping_add(diff);
                    if (across, down) == (1, 1) {
                        let dc = job.prediction.saturating_mul(job.dc_quant);
                        skip_ac(&mut bits, &mut source, job.ac, 1)?;
                        if x < width && y < height {
                            // libjpeg's 1×1 inverse DCT: (dc * q + 4) >> 3, level-shifted.
                            let sample = (dc.saturating_add(4) >> 3) + 128;
                            *job.plane.samples.get_mut(y * width + x)? = sample.clamp(0, 255) as u8;
                        }
                    } else {
                        let mut low = [0i16; 8];
                        low[0] = job.prediction.clamp(-32768, 32767) as i16;
                        read_low(&mut bits, &mut source, job.ac, &mut low)?;
                        let sums = job.low_pass.samples(&low);
                        for i in 0..down {
                            for j in 0..across {
                                let (sy, sx) = (y * down + i, x * across + j);
                                if sx < width && sy < height {
                                    let sample =
                                        (sums[i * across + j] + 128.5).clamp(0.0, 255.0) as u8;
                                    *job.plane.samples.get_mut(sy * width + sx)? = sample;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if source.overran(bits) {
        return None;
    }
    Some(jobs.into_iter().map(|j| j.plane).collect())
}

/// Steps over a block's AC coefficients from zig-zag position `k`.
#[inline(always)]
fn skip_ac(bits: &mut Bits, source: &mut Source, ac: &Huffman, mut k: u32) -> Option<()> {
    while k < 64 {
        bits.fill(source);
        let entry = ac.skip[bits.peek(LUT_BITS) as usize & (LUT_SIZE - 1)];
        if k < entry >> 16 {
            bits.consume(entry & 0x1F);
            k += (entry >> 8) & 0x3F;
        } else {
            k += ac.coefficient(bits, 10)?.0;
        }
    }
    Some(())
}

/// Decodes the AC coefficients of a block's lowest frequencies into `low` (zig-zag
/// order: 1, 2 and 4 are the first horizontal, vertical and diagonal ones; slots 5 to 7
/// are a bin for whatever lands further) and steps over the rest.
#[inline(always)]
fn read_low(bits: &mut Bits, source: &mut Source, ac: &Huffman, low: &mut [i16; 8]) -> Option<()> {
    let mut k = 1u32;
    while k <= 4 {
        bits.fill(source);
        let pair = ac.pairs[bits.peek(LUT_BITS) as usize & (LUT_SIZE - 1)];
        let (advance1, advance2) = ((pair >> 8) as u32 & 0xFF, (pair >> 16) as u32 & 0xFF);
        if k < (pair >> 24) as u32 & 0xFF {
            bits.consume(pair as u32 & 0xFF);
            // The second first: with no second symbol (advance 0, value 0) its slot is
            // the first one's, which the first then overwrites.
            low[(k + advance1 + advance2 - 1).min(7) as usize] = (pair >> 48) as i16;
            low[(k + advance1 - 1).min(7) as usize] = (pair >> 32) as i16;
            k += advance1 + advance2;
        } else {
            let (advance, value) = ac.coefficient(bits, 10)?;
            low[(k + advance - 1).min(7) as usize] = value as i16;
            k += advance;
        }
    }
    skip_ac(bits, source, ac, k)
}

/// JFIF's YCbCr to RGB, in place on interleaved samples, in 16-bit fixed point as
/// libjpeg does it.
pub fn ycbcr_to_rgb(pixels: &mut [u8]) {
    const ONE_HALF: i32 = 1 << 15;
    for px in pixels.chunks_exact_mut(3) {
        let (y, cb, cr) = (
            i32::from(px[0]) << 16,
            i32::from(px[1]) - 128,
            i32::from(px[2]) - 128,
        );
        let r = (y + 91_881 * cr + ONE_HALF) >> 16;
        let g = (y - 22_554 * cb - 46_802 * cr + ONE_HALF) >> 16;
        let b = (y + 116_130 * cb + ONE_HALF) >> 16;
        px[0] = r.clamp(0, 255) as u8;
        px[1] = g.clamp(0, 255) as u8;
        px[2] = b.clamp(0, 255) as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jpeg_encoder::{ColorType, Encoder, SamplingFactor};

    /// A deterministic test picture: gradients, a hard-edged disc, a little noise.
    fn picture(w: usize, h: usize) -> Vec<u8> {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut out = Vec::with_capacity(w * h * 3);
        for y in 0..h {
            for x in 0..w {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let noise = (state % 9) as i32 - 4;
                let (dx, dy) = (x as i32 - w as i32 / 3, y as i32 - h as i32 / 2);
                let disc = dx * dx + dy * dy < (h as i32 / 4).pow(2);
                let base = [
                    (x * 255 / w) as i32,
                    (y * 255 / h) as i32,
                    if disc { 230 } else { 40 },
                ];
                out.extend(base.map(|v| (v + noise).clamp(0, 255) as u8));
            }
        }
        out
    }

    struct Options {
        sampling: SamplingFactor,
        restart: u16,
        progressive: bool,
        grey: bool,
    }

    const BASELINE: Options = Options {
        sampling: SamplingFactor::R_4_2_0,
        restart: 0,
        progressive: false,
        grey: false,
    };

    fn encode(w: usize, h: usize, options: Options) -> Vec<u8> {
        let rgb = picture(w, h);
        let mut out = Vec::new();
        let mut encoder = Encoder::new(&mut out, 90);
        encoder.set_sampling_factor(options.sampling);
        encoder.set_progressive(options.progressive);
        if options.restart > 0 {
            encoder.set_restart_interval(options.restart);
        }
        if options.grey {
            let grey: Vec<u8> = rgb.chunks(3).map(|p| p[1]).collect();
            encoder
                .encode(&grey, w as u16, h as u16, ColorType::Luma)
                .unwrap();
        } else {
            encoder
                .encode(&rgb, w as u16, h as u16, ColorType::Rgb)
                .unwrap();
        }
        out
    }

    /// A baseline test JPEG with `sampling`: 203×157, neither side a whole number of
    /// blocks or MCUs.
    fn encode_203x157(sampling: SamplingFactor) -> Vec<u8> {
        encode(
            203,
            157,
            Options {
                sampling,
                ..BASELINE
            },
        )
    }

    /// [`decode`] expecting the frame size the file declares.
    fn decoded(bytes: &[u8], denom: u32) -> Option<Reduced> {
        let header = Header::parse(bytes)?;
        decode(bytes, denom, (header.width as u32, header.height as u32))
    }

    /// libjpeg-turbo's decode at 1/`denom` into `format`.
    fn turbo(
        bytes: &[u8],
        denom: usize,
        format: turbojpeg::PixelFormat,
    ) -> (usize, usize, Vec<u8>) {
        let mut decompressor = turbojpeg::Decompressor::new().unwrap();
        let scale = turbojpeg::ScalingFactor::new(1, denom);
        decompressor.set_scaling_factor(scale).unwrap();
        let header = decompressor.read_header(bytes).unwrap().scaled(scale);
        let pitch = header.width * format.size();
        let mut image = turbojpeg::Image {
            pixels: vec![0; pitch * header.height],
            width: header.width,
            pitch,
            height: header.height,
            format,
        };
        decompressor
            .decompress(bytes, image.as_deref_mut())
            .unwrap();
        (header.width, header.height, image.pixels)
    }

    /// The planes cropped to the picture's size and interleaved, chroma repeated up to the
    /// luma's resolution, converted to RGB: what libjpeg-turbo would output.
    fn interleaved(r: &Reduced) -> Vec<u8> {
        let (w, h) = (r.width as usize, r.height as usize);
        let luma = &r.planes[0];
        let mut out = Vec::with_capacity(w * h * r.planes.len());
        for y in 0..h {
            for x in 0..w {
                for plane in &r.planes {
                    let fx = (luma.covers.0 / plane.covers.0).round() as usize;
                    let fy = (luma.covers.1 / plane.covers.1).round() as usize;
                    out.push(plane.samples[(y / fy) * plane.width as usize + x / fx]);
                }
            }
        }
        if r.ycbcr {
            ycbcr_to_rgb(&mut out);
        }
        out
    }

    /// libjpeg-turbo's full-size RGB decode averaged over `f`×`f` boxes (the edge boxes
    /// over what they hold): the picture a 1/`f` decode approximates.
    fn full_size_averaged(bytes: &[u8], f: usize) -> Vec<u8> {
        let (w, h, full) = turbo(bytes, 1, turbojpeg::PixelFormat::RGB);
        let mut out = Vec::new();
        for y in 0..h.div_ceil(f) {
            for x in 0..w.div_ceil(f) {
                for c in 0..3 {
                    let (mut sum, mut n) = (0u32, 0u32);
                    for yy in y * f..(y * f + f).min(h) {
                        for xx in x * f..(x * f + f).min(w) {
                            sum += u32::from(full[(yy * w + xx) * 3 + c]);
                            n += 1;
                        }
                    }
                    out.push(((sum + n / 2) / n) as u8);
                }
            }
        }
        out
    }

    /// Plane `c` cropped to the picture's size.
    fn plane(r: &Reduced, c: usize) -> Vec<u8> {
        let plane = &r.planes[c];
        (0..r.height as usize)
            .flat_map(|y| {
                let at = y * plane.width as usize;
                plane.samples[at..at + r.width as usize].iter().copied()
            })
            .collect()
    }

    /// (largest, mean) absolute difference.
    fn difference(a: &[u8], b: &[u8]) -> (u8, f64) {
        assert_eq!(a.len(), b.len());
        let largest = a
            .iter()
            .zip(b)
            .map(|(x, y)| x.abs_diff(*y))
            .max()
            .unwrap_or(0);
        let sum: u64 = a
            .iter()
            .zip(b)
            .map(|(x, y)| u64::from(x.abs_diff(*y)))
            .sum();
        (largest, sum as f64 / a.len() as f64)
    }

    const SAMPLINGS: [SamplingFactor; 7] = [
        SamplingFactor::R_4_4_4,
        SamplingFactor::R_4_2_2,
        SamplingFactor::R_4_2_0,
        SamplingFactor::R_4_4_0,
        SamplingFactor::R_4_1_1,
        SamplingFactor::R_4_2_1,
        SamplingFactor::R_4_1_0,
    ];

    #[test]
    fn one_eighth_scale_is_libjpeg_turbos_for_every_chroma_sampling() {
        let mut compared = 0;
        for sampling in SAMPLINGS {
            let bytes = encode_203x157(sampling);
            // jpeg-encoder writes one scan per component for some samplings: those
            // are declined (libjpeg-turbo decodes them instead).
            let sos = bytes.windows(2).position(|m| m == [0xFF, 0xDA]).unwrap();
            if bytes[sos + 4] != 3 {
                assert_eq!(decoded(&bytes, 8), None, "{sampling:?}");
                continue;
            }
            let ours = decoded(&bytes, 8).unwrap_or_else(|| panic!("{sampling:?} declined"));
            assert_eq!((ours.width, ours.height, ours.planes.len()), (26, 20, 3));
            assert!(ours.ycbcr);
            // Luma is libjpeg's 1×1 inverse DCT exactly.
            let (w, h, grey) = turbo(&bytes, 8, turbojpeg::PixelFormat::GRAY);
            assert_eq!((w, h), (26, 20));
            assert_eq!(plane(&ours, 0), grey, "{sampling:?} luma");
            // Colour: chroma is each block's low-pass at 1/8 of the full resolution,
            // where libjpeg-turbo repeats subsampled chroma (or, for 4:2:0, scales its
            // inverse DCT), so compare with the full-size picture averaged over 8×8.
            let rgb = interleaved(&ours);
            if sampling == SamplingFactor::R_4_4_4 {
                let (_, _, reference) = turbo(&bytes, 8, turbojpeg::PixelFormat::RGB);
                assert!(difference(&rgb, &reference).0 <= 1, "{sampling:?}");
            }
            let (_, mean) = difference(&rgb, &full_size_averaged(&bytes, 8));
            assert!(mean < 2.0, "{sampling:?}: mean difference {mean:.2}");
            compared += 1;
        }
        assert!(compared >= 4, "only {compared} samplings compared");
    }

    #[test]
    fn grey_and_restart_intervals_decode_like_libjpeg_turbo() {
        let grey = encode(
            203,
            157,
            Options {
                grey: true,
                ..BASELINE
            },
        );
        let ours = decoded(&grey, 8).unwrap();
        assert_eq!((ours.planes.len(), ours.ycbcr), (1, false));
        assert_eq!(
            interleaved(&ours),
            turbo(&grey, 8, turbojpeg::PixelFormat::GRAY).2
        );

        for restart in [1, 3, 7] {
            let bytes = encode(
                203,
                157,
                Options {
                    restart,
                    ..BASELINE
                },
            );
            assert!(bytes.windows(2).any(|m| m == [0xFF, 0xD0]), "no RST marker");
            let ours = decoded(&bytes, 8).unwrap_or_else(|| panic!("restart {restart}"));
            let reference = turbo(&bytes, 8, turbojpeg::PixelFormat::GRAY).2;
            assert_eq!(plane(&ours, 0), reference, "restart {restart}");
        }
    }

    #[test]
    fn quarter_scale_is_a_low_pass_of_each_quarter_block() {
        for sampling in [SamplingFactor::R_4_4_4, SamplingFactor::R_4_2_0] {
            let bytes = encode_203x157(sampling);
            let ours = decoded(&bytes, 4).unwrap();
            assert_eq!((ours.width, ours.height), (51, 40));
            // Against the full-size luma averaged over each 4×4 quarter block.
            let (w, h, full) = turbo(&bytes, 1, turbojpeg::PixelFormat::GRAY);
            let mut averages = Vec::new();
            for y in 0..40 {
                for x in 0..51 {
                    let cells: Vec<u32> = (y * 4..(y * 4 + 4).min(h))
                        .flat_map(|yy| (x * 4..(x * 4 + 4).min(w)).map(move |xx| (yy, xx)))
                        .map(|(yy, xx)| u32::from(full[yy * w + xx]))
                        .collect();
                    let sum: u32 = cells.iter().sum();
                    averages.push(((sum + cells.len() as u32 / 2) / cells.len() as u32) as u8);
                }
            }
            let (largest, mean) = difference(&plane(&ours, 0), &averages);
            // The four lowest frequencies are smoother than a box: the disc's edge and
            // the noise differ, the rest is the same picture.
            assert!(mean < 2.0, "{sampling:?}: mean {mean:.2}");
            assert!(largest < 48, "{sampling:?}: largest {largest}");
        }
        // A flat picture is flat at any scale.
        let flat = vec![77u8; 64 * 48 * 3];
        let mut bytes = Vec::new();
        Encoder::new(&mut bytes, 90)
            .encode(&flat, 64, 48, ColorType::Rgb)
            .unwrap();
        let ours = decoded(&bytes, 4).unwrap();
        assert!(interleaved(&ours).iter().all(|&v| v.abs_diff(77) <= 1));
    }

    #[test]
    fn an_rgb_coded_jpeg_is_not_colour_converted() {
        let (w, h) = (96, 64);
        let rgb = picture(w, h);
        let mut compressor = turbojpeg::Compressor::new().unwrap();
        compressor.set_quality(95).unwrap();
        compressor.set_subsamp(turbojpeg::Subsamp::None).unwrap();
        compressor
            .set_colorspace(turbojpeg::Colorspace::RGB)
            .unwrap();
        let bytes = turbo_compress(compressor, &rgb, w, h);
        let ours = decoded(&bytes, 8).unwrap();
        assert!(!ours.ycbcr);
        let (largest, _) = difference(
            &interleaved(&ours),
            &turbo(&bytes, 8, turbojpeg::PixelFormat::RGB).2,
        );
        assert!(largest <= 1);
    }

    #[test]
    fn what_it_does_not_decode_it_declines() {
        let progressive = encode(
            64,
            48,
            Options {
                progressive: true,
                ..BASELINE
            },
        );
        assert_eq!(decoded(&progressive, 8), None);
        let baseline = encode(203, 157, BASELINE);
        assert_eq!(decoded(&baseline, 2), None, "only 1/8 and 1/4");
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n", 8, (1, 1)), None);
        // Not the frame the caller checked its limits against.
        assert_eq!(decode(&baseline, 8, (204, 157)), None);
        assert!(decode(&baseline, 8, (203, 157)).is_some());
        // A stuffed-byte pair among the header's markers (jpeg-decoder skips it and
        // might read another frame header than ours would).
        let mut stuffed = baseline.clone();
        stuffed.splice(2..2, [0xFF, 0x00, 0x00, 0x04]);
        assert_eq!(decoded(&stuffed, 8), None);
        // Truncated inside the scan: declined, not padded with grey.
        assert_eq!(decoded(&baseline[..baseline.len() * 2 / 3], 8), None);
        assert_eq!(decoded(&baseline[..baseline.len() * 2 / 3], 4), None);
        // A restart marker that is not where the interval ends.
        let mut restarts = encode(
            203,
            157,
            Options {
                restart: 2,
                ..BASELINE
            },
        );
        let at = restarts.windows(2).position(|m| m == [0xFF, 0xD1]).unwrap();
        restarts[at + 1] = 0xC8;
        assert_eq!(decoded(&restarts, 8), None);
        // A restart marker out of turn (RST2 where RST1 belongs: an interval lost).
        restarts[at + 1] = 0xD2;
        assert_eq!(decoded(&restarts, 8), None);
    }

    /// `bytes` with `segment` (marker and payload) inserted after the first segment.
    fn with_segment_after_app0(bytes: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
        let app0_len = usize::from(u16::from_be_bytes([bytes[4], bytes[5]]));
        let at = 4 + app0_len;
        let mut out = bytes[..at].to_vec();
        out.extend_from_slice(&[0xFF, marker]);
        out.extend_from_slice(&(payload.len() as u16 + 2).to_be_bytes());
        out.extend_from_slice(payload);
        out.extend_from_slice(&bytes[at..]);
        out
    }

    #[test]
    fn colour_space_is_decided_as_libjpeg_decides_it() {
        let jfif = encode_203x157(SamplingFactor::R_4_2_0);
        assert!(jfif[6..11] == *b"JFIF\0");
        assert!(decoded(&jfif, 8).unwrap().ycbcr);
        // JFIF wins over an Adobe marker saying RGB, as in libjpeg.
        let adobe_rgb = with_segment_after_app0(&jfif, 0xEE, b"Adobe\0\x64\0\0\0\0\0");
        let ours = decoded(&adobe_rgb, 8).unwrap();
        assert!(ours.ycbcr);
        let (_, _, reference) = turbo(&adobe_rgb, 8, turbojpeg::PixelFormat::RGB);
        assert!(difference(&interleaved(&ours), &reference).1 < 1.0);
    }

    #[test]
    fn fill_bytes_before_a_restart_marker_are_skipped() {
        let bytes = encode(
            203,
            157,
            Options {
                restart: 3,
                ..BASELINE
            },
        );
        let at = bytes.windows(2).position(|m| m == [0xFF, 0xD0]).unwrap();
        let mut filled = bytes.clone();
        filled.splice(at..at, [0xFF, 0xFF]);
        assert_eq!(decoded(&filled, 8), decoded(&bytes, 8));
        assert!(decoded(&filled, 8).is_some());
    }

    #[test]
    fn restart_intervals_do_not_change_the_picture_at_either_scale() {
        for grey in [false, true] {
            let plain = encode(203, 157, Options { grey, ..BASELINE });
            for restart in [1, 5] {
                let bytes = encode(
                    203,
                    157,
                    Options {
                        grey,
                        restart,
                        ..BASELINE
                    },
                );
                for denom in [8, 4] {
                    let ours = decoded(&bytes, denom).unwrap();
                    assert_eq!(
                        Some(&ours),
                        decoded(&plain, denom).as_ref(),
                        "{restart} 1/{denom}"
                    );
                }
            }
        }
    }

    /// A 4:2:0-or-other JPEG from libjpeg-turbo, optionally with optimised Huffman tables
    /// (short codes of 1 and 2 bits that the standard tables lack).
    fn turbo_encode(subsampling: turbojpeg::Subsamp, optimize: bool, quality: i32) -> Vec<u8> {
        let mut compressor = turbojpeg::Compressor::new().unwrap();
        compressor.set_quality(quality).unwrap();
        compressor.set_subsamp(subsampling).unwrap();
        compressor.set_optimize(optimize).unwrap();
        turbo_compress(compressor, &picture(203, 157), 203, 157)
    }

    /// `rgb` (`w`×`h`) compressed as `compressor` is set up.
    fn turbo_compress(
        mut compressor: turbojpeg::Compressor,
        rgb: &[u8],
        w: usize,
        h: usize,
    ) -> Vec<u8> {
        let image = turbojpeg::Image {
            pixels: rgb,
            width: w,
            pitch: w * 3,
            height: h,
            format: turbojpeg::PixelFormat::RGB,
        };
        compressor.compress_to_vec(image).unwrap()
    }

    #[test]
    fn libjpeg_turbos_own_files_match_its_decode() {
        use turbojpeg::Subsamp;
        for subsampling in [
            Subsamp::Sub2x2,
            Subsamp::Sub4x1,
            Subsamp::Sub1x2,
            Subsamp::None,
        ] {
            for (optimize, quality) in [(false, 90), (true, 90), (true, 8)] {
                let bytes = turbo_encode(subsampling, optimize, quality);
                let case = format!("{subsampling:?} optimize {optimize} q{quality}");
                let ours = decoded(&bytes, 8).unwrap_or_else(|| panic!("{case} declined"));
                let (_, _, grey) = turbo(&bytes, 8, turbojpeg::PixelFormat::GRAY);
                assert_eq!(plane(&ours, 0), grey, "{case}");
                // Colour: at least as close to the full-size picture (averaged over 8×8)
                // as libjpeg-turbo's own 1/8 decode is.
                let reference = full_size_averaged(&bytes, 8);
                let (_, ours_off) = difference(&interleaved(&ours), &reference);
                let (_, _, turbos) = turbo(&bytes, 8, turbojpeg::PixelFormat::RGB);
                let (_, turbo_off) = difference(&turbos, &reference);
                assert!(
                    ours_off <= turbo_off + 0.25,
                    "{case}: {ours_off:.2} off, libjpeg-turbo {turbo_off:.2}"
                );
                assert!(decoded(&bytes, 4).is_some(), "{case} at 1/4");
            }
        }
    }

    #[test]
    fn a_large_frame_cut_short_is_declined_at_once() {
        // A 203×157 file claiming 8000×8000 (64 M pixels): its data ends after the first
        // blocks, and the decoder must notice there, not walk a million blocks of zeros.
        let mut bytes = encode(203, 157, BASELINE);
        let sof = bytes.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
        bytes[sof + 5..sof + 9].copy_from_slice(&[0x1F, 0x40, 0x1F, 0x40]);
        let start = std::time::Instant::now();
        assert_eq!(decode(&bytes, 8, (8000, 8000)), None);
        // Generous (a debug build on a loaded machine): walking every block would take
        // seconds even in release.
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }

    /// A random valid AC table: code lengths drawn until the Kraft sum is full or 80
    /// symbols, the shortest first (canonical), symbols distinct with sizes 1..=10
    /// plus EOB (0x00) and ZRL (0xF0).
    fn random_ac_table(next: &mut impl FnMut() -> u64) -> ([u8; 16], Vec<u8>) {
        let mut lengths = Vec::new();
        let mut kraft = 0u64; // in units of 2^-16
        while lengths.len() < 80 {
            let len = 1 + (next() % 16) as u32;
            let weight = 1u64 << (16 - len);
            // Leave one code of 16 bits free: all-ones codes are not allowed.
            if kraft + weight < 1 << 16 {
                kraft += weight;
                lengths.push(len);
            } else if next().is_multiple_of(4) {
                break;
            }
        }
        lengths.sort_unstable();
        let mut counts = [0u8; 16];
        for &len in &lengths {
            counts[len as usize - 1] += 1;
        }
        let mut symbols = vec![0x00, 0xF0];
        while symbols.len() < lengths.len() {
            let symbol = ((next() % 16) << 4 | (1 + next() % 10)) as u8;
            if !symbols.contains(&symbol) {
                symbols.push(symbol);
            }
        }
        // Shuffle, so EOB and ZRL get codes of any length.
        for i in (1..symbols.len()).rev() {
            symbols.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        (counts, symbols)
    }

    #[test]
    fn the_lookup_tables_read_blocks_as_they_were_coded() {
        let mut state = 0x5DEE_CE66_D1CE_4E5Bu64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for table in 0..300 {
            let (counts, symbols) = random_ac_table(&mut next);
            let huffman = Huffman::new(&counts, &symbols, true).unwrap();
            // The canonical code of each symbol (Annex C).
            let mut codes = std::collections::HashMap::new();
            let (mut code, mut k) = (0u32, 0usize);
            for len in 1..=16u32 {
                for _ in 0..counts[len as usize - 1] {
                    codes.insert(symbols[k], (len, code));
                    code += 1;
                    k += 1;
                }
                code <<= 1;
            }
            // Code 60 blocks of random symbols and values, remembering the
            // coefficients at zig-zag 1, 2 and 4 of each.
            let mut stream: Vec<bool> = Vec::new();
            let put = |stream: &mut Vec<bool>, value: u32, len: u32| {
                stream.extend((0..len).rev().map(|i| value >> i & 1 == 1));
            };
            let mut expected = Vec::new();
            for _ in 0..60 {
                let mut low = [0i32; 5];
                let mut k = 1u32;
                while k < 64 {
                    let symbol = if next() % 5 == 0 {
                        0x00
                    } else {
                        symbols[(next() % symbols.len() as u64) as usize]
                    };
                    let (run, size) = (u32::from(symbol >> 4), u32::from(symbol & 15));
                    let (len, code) = codes[&symbol];
                    if symbol == 0x00 {
                        put(&mut stream, code, len);
                        break;
                    }
                    if k + run > 63 {
                        continue;
                    }
                    put(&mut stream, code, len);
                    if size == 0 {
                        k += 16; // ZRL
                        continue;
                    }
                    let raw = (next() % (1 << size)) as u32;
                    put(&mut stream, raw, size);
                    if let Some(slot) = low.get_mut((k + run) as usize) {
                        *slot = extend(raw as i32, size);
                    }
                    k += run + 1;
                }
                expected.push(low);
            }
            stream.extend(std::iter::repeat_n(true, (8 - stream.len() % 8) % 8));
            let mut data = Vec::new();
            for byte in stream.chunks(8) {
                let byte = byte.iter().fold(0u8, |b, &bit| b << 1 | u8::from(bit));
                data.push(byte);
                if byte == 0xFF {
                    data.push(0x00); // stuffing
                }
            }
            data.extend_from_slice(&[0xFF, 0xD9]);
            let mut source = Source {
                data: &data,
                pos: 0,
                padding: 0,
                next_restart: 0,
            };
            let mut bits = Bits::default();
            // Every third block read by the 1/4-scale reader, checked; the others
            // stepped over: a wrong bit count would throw the next checked block off.
            for (block, low) in expected.iter().enumerate() {
                if block % 3 == 0 {
                    let mut ours = [0i16; 8];
                    read_low(&mut bits, &mut source, &huffman, &mut ours).unwrap();
                    for i in [1, 2, 4] {
                        assert_eq!(i32::from(ours[i]), low[i], "table {table} block {block}");
                    }
                } else {
                    skip_ac(&mut bits, &mut source, &huffman, 1).unwrap();
                }
            }
            // All the coded bits read, and no more: what is left is the padding.
            assert!(!source.overran(bits), "table {table}");
            bits.fill(&mut source);
            let left = bits.count - 8 * source.padding;
            assert!(left < 8, "table {table}: {left} bits left");
        }
    }
}
