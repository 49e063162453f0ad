//! `thumbnails` row: photo thumbnails from 9–12 MP JPEGs, Cuttings'
//! [`cuttings_core::images::thumbnail`] (reduced-scale DCT decode, `fast_image_resize`
//! Lanczos3, JPEG encode) against the naive pipeline (`image` decode at full size,
//! `image::imageops::resize` Lanczos3 to 400 wide, JPEG encode at the same quality).
//!
//! - Photos: the repository has none and binaries are not committed, so they are
//!   generated here, deterministically: smooth gradients, multi-octave value noise
//!   (texture), sensor-like grain, hard-edged shapes and a block of text-like glyph rows,
//!   encoded by `image` at quality 90. Three sizes (4000×3000, portrait 3000×4000,
//!   4240×2832), [`PER_SIZE`] photos each.
//! - Speed: thumbnails per CPU-second of the whole process (user + system time from
//!   `libc::getrusage(RUSAGE_SELF)`, so decoder worker threads count too), not wall
//!   time; the median of [`RUNS`] runs.
//! - Quality: SSIM of each of our thumbnails (decoded from its JPEG) against the naive
//!   pipeline's Lanczos3 output *before* its JPEG encode, so our encode loss counts
//!   against us. SSIM is computed here (no dependency): on luma (BT.601), with 11×11
//!   Gaussian windows (σ = 1.5) over the valid region, K1 = 0.01, K2 = 0.03, L = 255 —
//!   the parameters of Wang et al. (2004).
//! - Also reported: the thumbnail recipe Cuttings used before the fast path (`image`
//!   decode + `thumbnail_exact`), as a second baseline.

use anyhow::{bail, Context, Result};
use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{ImageFormat, RgbImage};

use cuttings_core::images::{thumbnail, thumbnail_image, thumbnail_size, JPEG_QUALITY};

/// Runs per measurement; the median is reported.
const RUNS: usize = 5;
/// Generated photos per size.
const PER_SIZE: usize = 3;
/// Photo sizes (width, height): 12 MP landscape, 12 MP portrait, 12 MP 3:2.
const SIZES: [(u32, u32); 3] = [(4000, 3000), (3000, 4000), (4240, 2832)];
/// How many times the fast path goes through the set per run (it is quick; more work
/// per run means a steadier CPU-time reading).
const OURS_PASSES: usize = 3;

/// The figures of the `thumbnails` row.
#[derive(Debug, Clone)]
pub struct Row {
    /// Photos in the set.
    pub photos: usize,
    /// Mean photo size in megapixels.
    pub megapixels: f64,
    /// Mean JPEG size in bytes.
    pub jpeg_bytes: f64,
    /// Cuttings' thumbnails per CPU-second.
    pub ours_per_cpu_s: f64,
    /// The naive pipeline's thumbnails per CPU-second.
    pub naive_per_cpu_s: f64,
    /// The previous Cuttings recipe's thumbnails per CPU-second.
    pub previous_per_cpu_s: f64,
    /// SSIM (luma, Gaussian windows) of our thumbnail's pixels against the naive
    /// pipeline's, both before JPEG encoding: what our shortcuts change. The target.
    pub ssim: Stats,
    /// The same on the chroma planes (Cb and Cr, the lower of the two per photo): the
    /// fast path decodes chroma at 1/8 scale, so this is where it would show.
    pub ssim_chroma: Stats,
    /// SSIM of our decoded JPEG against the naive pipeline's decoded JPEG (two
    /// independent q82 encodes add their noise).
    pub ssim_end_to_end: Stats,
    /// SSIM of the naive pipeline's own decoded JPEG against its pixels: what the q82
    /// encode alone costs, for scale.
    pub ssim_encode_floor: Stats,
}

/// Minimum and mean of a set of SSIM values.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    /// Lowest value.
    pub min: f64,
    /// Mean value.
    pub mean: f64,
    count: usize,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            min: f64::INFINITY,
            mean: 0.0,
            count: 0,
        }
    }
}

impl Stats {
    fn add(&mut self, value: f64) {
        self.min = self.min.min(value);
        self.mean = (self.mean * self.count as f64 + value) / (self.count + 1) as f64;
        self.count += 1;
    }
}

impl Row {
    /// Ours over the naive pipeline (> 1: ours is faster).
    pub fn ratio(&self) -> f64 {
        self.ours_per_cpu_s / self.naive_per_cpu_s
    }

    /// Prints the row in the bench table's columns (benchmark, cuttings, baseline,
    /// ratio), then the previous recipe and the SSIM line.
    pub fn print(&self) {
        println!(
            "{:<44} {:>10.1} th/cs {:>10.1} th/cs {:>7.2}×",
            format!(
                "thumbnails, {} JPEGs of {:.1} MP ({:.1} MB)",
                self.photos,
                self.megapixels,
                self.jpeg_bytes / 1e6
            ),
            self.ours_per_cpu_s,
            self.naive_per_cpu_s,
            self.ratio()
        );
        println!(
            "{:<44} {:>10.1} th/cs {:>10.1} th/cs {:>7.2}×",
            "  vs previous recipe (image + thumbnail_exact)",
            self.ours_per_cpu_s,
            self.previous_per_cpu_s,
            self.ours_per_cpu_s / self.previous_per_cpu_s
        );
        for (label, stats) in [
            ("  SSIM vs naive, pixels before encoding", self.ssim),
            ("  SSIM vs naive, chroma (Cb, Cr), same", self.ssim_chroma),
            ("  SSIM vs naive, decoded JPEGs", self.ssim_end_to_end),
            (
                "  SSIM naive JPEG vs its pixels (q82 cost)",
                self.ssim_encode_floor,
            ),
        ] {
            println!(
                "{:<44} {:>16} {:>16} {:>8}",
                label,
                format!("min {:.4}", stats.min),
                format!("mean {:.4}", stats.mean),
                ""
            );
        }
        println!(
            "\nthumbnails: th/cs = thumbnails per CPU-second (getrusage, all threads); \
             baseline: image decode at full size + imageops::resize Lanczos3 to 400 wide + \
             JPEG q{JPEG_QUALITY}; SSIM on BT.601 luma (and chroma where said), 11×11 Gaussian windows (σ 1.5)"
        );
    }
}

/// Generates the photos, measures both pipelines and compares their thumbnails.
pub fn run() -> Result<Row> {
    let photos = photos()?;
    let n = photos.len();

    let mut pixels = Stats::default();
    let mut chroma = Stats::default();
    let mut end_to_end = Stats::default();
    let mut encode_floor = Stats::default();
    for (i, bytes) in photos.iter().enumerate() {
        let context = || format!("photo {i}");
        let ours_pixels = thumbnail_image(bytes).with_context(context)?.to_rgb8();
        let ours_jpeg = thumbnail(bytes).with_context(context)?.jpeg;
        let (reference, naive_jpeg) = naive(bytes).with_context(context)?;
        let decode = |jpeg: &[u8]| -> Result<RgbImage> {
            Ok(image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg)?.to_rgb8())
        };
        let (ours_decoded, naive_decoded) = (decode(&ours_jpeg)?, decode(&naive_jpeg)?);
        for img in [&ours_pixels, &ours_decoded, &naive_decoded] {
            if img.dimensions() != reference.dimensions() {
                bail!(
                    "photo {i}: {:?}, the naive reference {:?}",
                    img.dimensions(),
                    reference.dimensions()
                );
            }
        }
        let width = reference.width() as usize;
        let reference_luma = luma(&reference);
        pixels.add(ssim(&luma(&ours_pixels), &reference_luma, width));
        let (ours_cb, ours_cr) = chroma_planes(&ours_pixels);
        let (reference_cb, reference_cr) = chroma_planes(&reference);
        chroma.add(ssim(&ours_cb, &reference_cb, width).min(ssim(&ours_cr, &reference_cr, width)));
        end_to_end.add(ssim(&luma(&ours_decoded), &luma(&naive_decoded), width));
        encode_floor.add(ssim(&luma(&naive_decoded), &reference_luma, width));
    }

    // Interleaved runs, so drift on a shared machine hits all three alike.
    let (mut ours, mut naive_s, mut previous_s) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ours.push(cpu_seconds(|| {
            for _ in 0..OURS_PASSES {
                for bytes in &photos {
                    std::hint::black_box(thumbnail(bytes)?);
                }
            }
            Ok(())
        })?);
        naive_s.push(cpu_seconds(|| {
            for bytes in &photos {
                std::hint::black_box(naive(bytes)?);
            }
            Ok(())
        })?);
        previous_s.push(cpu_seconds(|| {
            for bytes in &photos {
                std::hint::black_box(previous(bytes)?);
            }
            Ok(())
        })?);
    }
    let (ours, naive_s, previous_s) = (median(ours), median(naive_s), median(previous_s));

    let (megapixels, jpeg_bytes) = photos.iter().try_fold((0.0, 0.0), |(mp, b), bytes| {
        let info = cuttings_core::images::inspect(bytes)?;
        anyhow::Ok((
            mp + f64::from(info.width) * f64::from(info.height) / 1e6,
            b + bytes.len() as f64,
        ))
    })?;
    Ok(Row {
        photos: n,
        megapixels: megapixels / n as f64,
        jpeg_bytes: jpeg_bytes / n as f64,
        ours_per_cpu_s: (n * OURS_PASSES) as f64 / ours,
        naive_per_cpu_s: n as f64 / naive_s,
        previous_per_cpu_s: n as f64 / previous_s,
        ssim: pixels,
        ssim_chroma: chroma,
        ssim_end_to_end: end_to_end,
        ssim_encode_floor: encode_floor,
    })
}

/// The naive pipeline: full-size decode, Lanczos3 to the thumbnail size, JPEG encode.
/// Returns the resized image (the SSIM reference) and the JPEG.
fn naive(bytes: &[u8]) -> Result<(RgbImage, Vec<u8>)> {
    let img = image::load_from_memory_with_format(bytes, ImageFormat::Jpeg)?.to_rgb8();
    let (w, h) = thumbnail_size(img.width(), img.height());
    let small = image::imageops::resize(&img, w, h, FilterType::Lanczos3);
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY).encode_image(&small)?;
    Ok((small, jpeg))
}

/// Cuttings' recipe before the fast path: full-size decode, `thumbnail_exact`, encode.
fn previous(bytes: &[u8]) -> Result<Vec<u8>> {
    let img = image::load_from_memory_with_format(bytes, ImageFormat::Jpeg)?;
    let (w, h) = thumbnail_size(img.width(), img.height());
    let small = img.thumbnail_exact(w, h).to_rgb8();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY).encode_image(&small)?;
    Ok(jpeg)
}

/// The median of `RUNS` (non-empty) timings.
fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// CPU seconds (user + system, all threads of the process) spent in `work`.
fn cpu_seconds(work: impl FnOnce() -> Result<()>) -> Result<f64> {
    let start = process_cpu_seconds()?;
    work()?;
    Ok(process_cpu_seconds()? - start)
}

/// CPU time of this process so far, from `getrusage(RUSAGE_SELF)`.
fn process_cpu_seconds() -> Result<f64> {
    // SAFETY: `getrusage` only writes the `rusage` we pass; all-zero is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a live `rusage`.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return Err(std::io::Error::last_os_error()).context("getrusage");
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(secs(usage.ru_utime) + secs(usage.ru_stime))
}

/// The benchmark's photos, as JPEG bytes (quality 90).
fn photos() -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    for (i, &(w, h)) in SIZES.iter().enumerate() {
        for j in 0..PER_SIZE {
            let img = synthetic_photo(w, h, (i * PER_SIZE + j) as u64 + 1);
            let mut jpeg = Vec::new();
            JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img)?;
            out.push(jpeg);
        }
    }
    Ok(out)
}

/// A 64-bit mix of its inputs (SplitMix64 finaliser).
fn hash(a: u64, b: u64, seed: u64) -> u64 {
    let mut z = a
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F))
        .wrapping_add(seed.wrapping_mul(0x1656_67B1_9E37_79F9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Smoothly interpolated lattice noise in [0, 1) with cells `cell` pixels wide.
fn value_noise(x: u32, y: u32, cell: u32, seed: u64) -> f32 {
    let (cx, cy) = (u64::from(x / cell), u64::from(y / cell));
    let fx = (x % cell) as f32 / cell as f32;
    let fy = (y % cell) as f32 / cell as f32;
    let (sx, sy) = (fx * fx * (3.0 - 2.0 * fx), fy * fy * (3.0 - 2.0 * fy));
    let v = |a: u64, b: u64| (hash(a, b, seed) >> 40) as f32 / (1u64 << 24) as f32;
    let top = v(cx, cy) + (v(cx + 1, cy) - v(cx, cy)) * sx;
    let bottom = v(cx, cy + 1) + (v(cx + 1, cy + 1) - v(cx, cy + 1)) * sx;
    top + (bottom - top) * sy
}

/// A deterministic photo-like image: sky-to-ground gradients, textured regions, grain,
/// hard-edged shapes and a "newspaper" block of glyph rows.
fn synthetic_photo(w: u32, h: u32, seed: u64) -> RgbImage {
    let r = |k: u64| hash(k, 7, seed);
    let unit = |k: u64| (r(k) >> 40) as f32 / (1u64 << 24) as f32;
    // Shapes: (x0, y0, x1, y1, colour, disc?)
    let shapes: Vec<(u32, u32, u32, u32, [f32; 3], bool)> = (0..12u64)
        .map(|k| {
            let x0 = (unit(10 + k) * w as f32 * 0.9) as u32;
            let y0 = (unit(30 + k) * h as f32 * 0.9) as u32;
            let size = (0.05 + unit(50 + k) * 0.2) * w.min(h) as f32;
            let colour = [
                unit(70 + k) * 255.0,
                unit(90 + k) * 255.0,
                unit(110 + k) * 255.0,
            ];
            (
                x0,
                y0,
                x0 + size as u32,
                y0 + (size * (0.6 + unit(130 + k))) as u32,
                colour,
                k % 3 == 0,
            )
        })
        .collect();
    // The text block: a pale page with dark glyph rows.
    let (tx0, ty0) = (
        (unit(1) * 0.4 * w as f32) as u32,
        (unit(2) * 0.4 * h as f32) as u32,
    );
    let (tx1, ty1) = (tx0 + w / 3, ty0 + h / 4);
    let horizon = 0.35 + unit(3) * 0.3;

    RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let broad = value_noise(x, y, 512, seed);
        let mid = value_noise(x, y, 64, seed ^ 1);
        let fine = value_noise(x, y, 6, seed ^ 2);
        let mut c = if fy < horizon {
            // Sky: blue to pale, with soft clouds.
            let t = fy / horizon;
            let cloud = (broad * 1.6 - 0.6).clamp(0.0, 1.0) * 90.0;
            [
                70.0 + 90.0 * t + cloud,
                120.0 + 70.0 * t + cloud,
                200.0 + 30.0 * t + cloud * 0.5,
            ]
        } else {
            // Ground: green-brown, textured (foliage-like fine noise).
            let tex = (mid - 0.5) * 60.0 + (fine - 0.5) * 50.0;
            [
                80.0 + 60.0 * fx + tex,
                95.0 + 40.0 * broad + tex,
                50.0 + 30.0 * fy + tex * 0.5,
            ]
        };
        for &(x0, y0, x1, y1, colour, disc) in &shapes {
            let inside = if disc {
                let (cx, cy) = ((x0 + x1) as f32 / 2.0, (y0 + y1) as f32 / 2.0);
                let (rx, ry) = ((x1 - x0) as f32 / 2.0, (y1 - y0) as f32 / 2.0);
                let (dx, dy) = ((x as f32 - cx) / rx, (y as f32 - cy) / ry);
                dx * dx + dy * dy <= 1.0
            } else {
                (x0..x1).contains(&x) && (y0..y1).contains(&y)
            };
            if inside {
                let shade = 0.75 + 0.35 * mid;
                c = colour.map(|v| v * shade + (fine - 0.5) * 20.0);
            }
        }
        if (tx0..tx1).contains(&x) && (ty0..ty1).contains(&y) {
            // 12×18 glyph cells, 4 px strokes from a per-cell pattern; gaps as spaces.
            let (gx, gy) = ((x - tx0) / 12, (y - ty0) / 18);
            let (px, py) = ((x - tx0) % 12, (y - ty0) % 18);
            let g = hash(u64::from(gx), u64::from(gy), seed ^ 3);
            let ink = !g.is_multiple_of(7)
                && py < 14
                && px < 9
                && ((g >> 3) & 1 == 1 && px < 2
                    || (g >> 4) & 1 == 1 && (4..6).contains(&px)
                    || (g >> 5) & 1 == 1 && py < 2
                    || (g >> 6) & 1 == 1 && (6..8).contains(&py)
                    || (g >> 7) & 1 == 1 && py >= 12);
            c = if ink {
                [30.0; 3]
            } else {
                [235.0, 232.0, 222.0]
            };
        }
        // Sensor grain.
        let grain = (hash(u64::from(x), u64::from(y), seed ^ 4) & 15) as f32 - 7.5;
        image::Rgb(c.map(|v| (v + grain).clamp(0.0, 255.0) as u8))
    })
}

/// BT.601 luma of each pixel.
fn luma(img: &RgbImage) -> Vec<f64> {
    img.pixels()
        .map(|p| 0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2]))
        .collect()
}

/// The BT.601 chroma planes (Cb, Cr) of an RGB image.
fn chroma_planes(img: &RgbImage) -> (Vec<f64>, Vec<f64>) {
    img.pixels()
        .map(|p| {
            let (r, g, b) = (f64::from(p[0]), f64::from(p[1]), f64::from(p[2]));
            (
                128.0 - 0.168_736 * r - 0.331_264 * g + 0.5 * b,
                128.0 + 0.5 * r - 0.418_688 * g - 0.081_312 * b,
            )
        })
        .unzip()
}

/// Mean SSIM of two same-sized luma planes `width` wide: 11×11 Gaussian windows
/// (σ = 1.5), valid region only, K1 = 0.01, K2 = 0.03, L = 255 (Wang et al. 2004).
fn ssim(a: &[f64], b: &[f64], width: usize) -> f64 {
    const RADIUS: usize = 5;
    const SIGMA: f64 = 1.5;
    let height = a.len() / width;
    let kernel: Vec<f64> = {
        let k: Vec<f64> = (0..=2 * RADIUS)
            .map(|i| {
                let d = i as f64 - RADIUS as f64;
                (-d * d / (2.0 * SIGMA * SIGMA)).exp()
            })
            .collect();
        let sum: f64 = k.iter().sum();
        k.into_iter().map(|v| v / sum).collect()
    };
    if width <= 2 * RADIUS || height <= 2 * RADIUS {
        return 1.0;
    }
    let (ow, oh) = (width - 2 * RADIUS, height - 2 * RADIUS);
    // Separable Gaussian blur, valid region.
    let blur = |plane: &[f64]| -> Vec<f64> {
        let mut rows = vec![0.0; ow * height];
        for y in 0..height {
            for x in 0..ow {
                rows[y * ow + x] = (0..kernel.len())
                    .map(|k| kernel[k] * plane[y * width + x + k])
                    .sum();
            }
        }
        let mut out = vec![0.0; ow * oh];
        for y in 0..oh {
            for x in 0..ow {
                out[y * ow + x] = (0..kernel.len())
                    .map(|k| kernel[k] * rows[(y + k) * ow + x])
                    .sum();
            }
        }
        out
    };
    let product =
        |p: &[f64], q: &[f64]| -> Vec<f64> { p.iter().zip(q).map(|(x, y)| x * y).collect() };
    let (mu_a, mu_b) = (blur(a), blur(b));
    let (aa, bb, ab) = (
        blur(&product(a, a)),
        blur(&product(b, b)),
        blur(&product(a, b)),
    );
    let (c1, c2) = ((0.01f64 * 255.0).powi(2), (0.03f64 * 255.0).powi(2));
    let total: f64 = (0..ow * oh)
        .map(|i| {
            let (ma, mb) = (mu_a[i], mu_b[i]);
            let var_a = aa[i] - ma * ma;
            let var_b = bb[i] - mb * mb;
            let cov = ab[i] - ma * mb;
            ((2.0 * ma * mb + c1) * (2.0 * cov + c2))
                / ((ma * ma + mb * mb + c1) * (var_a + var_b + c2))
        })
        .sum();
    total / (ow * oh) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssim_is_one_for_identical_and_lower_for_different() {
        let img = synthetic_photo(64, 48, 9);
        let l = luma(&img);
        assert!((ssim(&l, &l, 64) - 1.0).abs() < 1e-9);
        let noisy: Vec<f64> = l
            .iter()
            .enumerate()
            .map(|(i, v)| v + if i % 2 == 0 { 20.0 } else { -20.0 })
            .collect();
        assert!(ssim(&l, &noisy, 64) < 0.9);
    }

    #[test]
    fn photos_are_deterministic() {
        assert_eq!(synthetic_photo(40, 30, 5), synthetic_photo(40, 30, 5));
        assert_ne!(synthetic_photo(40, 30, 5), synthetic_photo(40, 30, 6));
    }
}
