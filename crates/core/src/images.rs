//! Photo images: identifying and decoding the bytes safely (`image::Limits`, only the
//! codecs we compile in: JPEG, PNG, WebP, GIF), applying EXIF orientation, and making the
//! JPEG thumbnails the list and reader show first.
//!
//! [`inspect`] reads only the header (through `image`). [`thumbnail`] has two paths:
//!
//! - **JPEG fast path** (almost every photo we store). A 12 MP photo has 30× the pixels
//!   of its 400-wide thumbnail, so decoding it at full size is where the time would go.
//!   Instead:
//!   1. `jpeg-decoder` reads the header first, and *before* anything is allocated for
//!      pixels we refuse what the `image` path would refuse (a side over [`MAX_SIDE`],
//!      a full-size decode over [`MAX_ALLOC`]) and a reduced decode estimated to need
//!      more than [`MAX_ALLOC`] (progressive JPEGs keep full-size coefficients).
//!   2. The EXIF orientation is read from the same header pass (`image`'s
//!      [`Orientation::from_exif_chunk`]), because a rotated photo's thumbnail is 400
//!      wide in *display* orientation, which changes the size we ask the decoder for.
//!   3. The JPEG is decoded scaled in the DCT domain (1/2, 1/4 or 1/8, see
//!      [`decode_scale`]): we take the smallest scale that is still at least
//!      [`DECODE_MARGIN`] (1.5×) the thumbnail's size on both axes, so nothing is ever
//!      upscaled, the resize has room to filter properly, and entropy decoding is the
//!      only full-size work left. At 1/8 and 1/4, baseline JPEGs (what cameras and
//!      phones write) go through our own [`reduced_jpeg`] decoder, which steps over
//!      the coefficients a thumbnail does not need (1.6–1.9× libjpeg-turbo's speed);
//!      everything else, and whatever it declines, through libjpeg-turbo (the
//!      `turbojpeg` crate, built from its bundled source).
//!   4. `fast_image_resize` (SIMD convolution, Lanczos3) takes the reduced image to the
//!      exact thumbnail size: each of our decoder's planes on its own (chroma from its
//!      own resolution, never upsampled first), then YCbCr becomes RGB on the 400-px
//!      result.
//!   5. The orientation is applied to the 400-px result (cheap), not to the big decode.
//!   6. libjpeg-turbo encodes the JPEG (quality [`JPEG_QUALITY`], 4:4:4).
//!
//!   JPEGs the fast path cannot take (CMYK, 12/16-bit, or anything the decoders
//!   reject or libjpeg-turbo warns about, such as a truncated file) fall back to the
//!   `image` path below, so the fast path never does worse than it; only a size refusal
//!   is final.
//! - **Everything else** (PNG, WebP, GIF, fallback JPEGs): `image` decodes at full size
//!   under `image::Limits`, applies the orientation, and resizes with `thumbnail_exact`.
//!
//! Neither path panics on hostile bytes: errors come back as [`ImageError`].

use std::io::Cursor;

mod reduced_jpeg;

use fast_image_resize as fr;
use image::error::{LimitError, LimitErrorKind};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Width of thumbnails, in pixels.
pub const THUMBNAIL_WIDTH: u32 = 400;
/// Version of the thumbnail recipe; bump to regenerate.
///
/// Still 1 after the fast path: thumbnails keep their size and format and differ from
/// the old ones only within resampling noise, and nothing regenerates old versions yet
/// (a bump would hide every stored thumbnail).
pub const THUMBNAIL_VERSION: i64 = 1;
/// JPEG quality of thumbnails.
pub const JPEG_QUALITY: u8 = 82;
/// Decoding refuses images larger than this many pixels on a side.
pub const MAX_SIDE: u32 = 16_384;
/// Decoding refuses to allocate more than this (bytes).
pub const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// What is known of an image after reading its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    /// MIME type of the format, e.g. `image/jpeg`.
    pub media_type: &'static str,
    /// Stored width in pixels (before EXIF orientation).
    pub width: u32,
    /// Stored height in pixels (before EXIF orientation).
    pub height: u32,
}

/// A finished thumbnail.
#[derive(Debug, Clone)]
pub struct Thumbnail {
    /// Width in pixels, in display orientation.
    pub width: u32,
    /// Height in pixels, in display orientation.
    pub height: u32,
    /// The JPEG bytes.
    pub jpeg: Vec<u8>,
}

/// Why an image could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// The bytes are not one of the formats we decode.
    #[error("not an image in a supported format (JPEG, PNG, WebP, GIF)")]
    UnknownFormat,
    /// The decoder rejected the bytes, or they exceed the decoding limits
    /// (`image::ImageError::Limits`).
    #[error("the image could not be decoded: {0}")]
    Decode(#[from] image::ImageError),
    /// Reading the bytes failed.
    #[error("the image could not be read: {0}")]
    Io(#[from] std::io::Error),
    /// A stored thumbnail could not be scaled for the list.
    #[error("the thumbnail could not be decoded: {0}")]
    Thumbnail(String),
}

impl ImageError {
    /// The error for an image over [`MAX_SIDE`] or [`MAX_ALLOC`].
    fn too_large() -> Self {
        ImageError::Decode(image::ImageError::Limits(LimitError::from_kind(
            LimitErrorKind::DimensionError,
        )))
    }
}

/// A reader over in-memory bytes.
type BytesReader<'a> = ImageReader<Cursor<&'a [u8]>>;

fn reader(bytes: &[u8]) -> Result<(BytesReader<'_>, ImageFormat), ImageError> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format()?;
    let format = reader.format().ok_or(ImageError::UnknownFormat)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(ImageError::UnknownFormat);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    Ok((reader, format))
}

/// Reads an image's format and size without decoding its pixels.
pub fn inspect(bytes: &[u8]) -> Result<ImageInfo, ImageError> {
    let (reader, format) = reader(bytes)?;
    let (width, height) = reader.into_dimensions()?;
    Ok(ImageInfo {
        media_type: format.to_mime_type(),
        width,
        height,
    })
}

/// Decodes an image (with limits), applies its EXIF orientation and makes a JPEG
/// thumbnail [`THUMBNAIL_WIDTH`] wide (never upscaled). JPEGs take the reduced-scale
/// fast path described in the module documentation.
pub fn thumbnail(bytes: &[u8]) -> Result<Thumbnail, ImageError> {
    encode(&thumbnail_image(bytes)?)
}

/// The pixels of [`thumbnail`] before JPEG encoding (8-bit grey or RGB), for callers
/// that compare or post-process them.
pub fn thumbnail_image(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    let (reader, format) = reader(bytes)?;
    if format == ImageFormat::Jpeg {
        if let Some(img) = jpeg_thumbnail_image(bytes)? {
            return Ok(img);
        }
    }
    generic_thumbnail_image(reader)
}

/// The thumbnail's size for an image of `width`×`height` in display orientation:
/// [`THUMBNAIL_WIDTH`] wide (or the image's own width if narrower), same aspect ratio.
pub fn thumbnail_size(width: u32, height: u32) -> (u32, u32) {
    let (w, h) = (width.max(1), height.max(1));
    let target_w = THUMBNAIL_WIDTH.min(w);
    let target_h = ((u64::from(h) * u64::from(target_w)) / u64::from(w)).max(1);
    (target_w, u32::try_from(target_h).unwrap_or(u32::MAX))
}

/// How much larger than the thumbnail the reduced decode must be on both axes, as a
/// fraction (numerator, denominator); see [`decode_scale`].
///
/// Why not 1: the 1/8 DCT output is only each 8×8 block's average (a box filter, which
/// aliases), so Lanczos3 needs room to do the real filtering. Measured on 12 MP photos
/// (with libjpeg-turbo decoding), ≥ 1.5× raised the SSIM against a full-size Lanczos3
/// from 0.980 to 0.997 (minimum) for about 10% more CPU; with our reduced decoder,
/// which at 1/8 only steps over the AC coefficients, 1/4 costs more but stays within
/// the thumbnail budget (`scripts/bench`).
pub const DECODE_MARGIN: (u32, u32) = (3, 2);

/// The DCT scale denominator (1, 2, 4 or 8) at which to decode a `width`×`height` JPEG
/// for a `target_w`×`target_h` result (both in stored orientation): the largest one whose
/// output, `ceil(side / d)` as libjpeg-turbo rounds it, is still at least
/// [`DECODE_MARGIN`] times the target on both axes, so the final resize only ever shrinks.
pub fn decode_scale(width: u32, height: u32, target_w: u32, target_h: u32) -> u32 {
    let (num, den) = (u64::from(DECODE_MARGIN.0), u64::from(DECODE_MARGIN.1));
    let need = |t: u32| (u64::from(t) * num).div_ceil(den);
    let (need_w, need_h) = (need(target_w), need(target_h));
    [8, 4, 2]
        .into_iter()
        .find(|&d| {
            u64::from(width.div_ceil(d)) >= need_w && u64::from(height.div_ceil(d)) >= need_h
        })
        .unwrap_or(1)
}

/// Whether an orientation swaps width and height.
fn swaps_axes(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// An upper bound on what the decoder allocates for a `width`×`height` frame with
/// `components` components decoded at 1/`denom` scale: the full-size coefficients of a
/// progressive image (i16 each, padded to whole MCUs of up to 32 px), the reduced
/// component planes and the interleaved output.
fn jpeg_decode_bytes(
    width: u32,
    height: u32,
    components: u64,
    progressive: bool,
    denom: u32,
) -> u64 {
    let padded = |w: u32, h: u32| (u64::from(w) + 32) * (u64::from(h) + 32);
    let coefficients = if progressive {
        2 * components * padded(width, height)
    } else {
        0
    };
    let reduced = padded(width.div_ceil(denom), height.div_ceil(denom));
    coefficients + 2 * components * reduced
}

/// The pixels of a reduced decode.
enum ScaledPixels {
    /// Interleaved grey or RGB, `width`×`height` (libjpeg-turbo).
    Interleaved {
        width: u32,
        height: u32,
        pixels: Vec<u8>,
    },
    /// One plane per component ([`reduced_jpeg`]).
    Planes(reduced_jpeg::Reduced),
}

#[cfg(test)]
impl ScaledPixels {
    /// The decode's size, `ceil(side / denom)` on each axis.
    fn size(&self) -> (u32, u32) {
        match self {
            ScaledPixels::Interleaved { width, height, .. } => (*width, *height),
            ScaledPixels::Planes(reduced) => (reduced.width, reduced.height),
        }
    }
}

/// A JPEG decoded at reduced scale, in stored orientation.
struct ScaledJpeg {
    /// 1 (grey) or 3 (RGB).
    channels: u8,
    pixels: ScaledPixels,
    orientation: Orientation,
    /// The thumbnail's size in stored orientation.
    target: (u32, u32),
}

/// Decodes a JPEG at the reduced scale its thumbnail needs. `Ok(None)` means the fast
/// path cannot take this file (the caller falls back to `image`); `Err` is a refusal
/// under the decoding limits.
fn decode_jpeg_scaled(bytes: &[u8]) -> Result<Option<ScaledJpeg>, ImageError> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    if decoder.read_info().is_err() {
        return Ok(None);
    }
    let Some(info) = decoder.info() else {
        return Ok(None);
    };
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    if width == 0 || height == 0 {
        return Ok(None);
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(ImageError::too_large());
    }
    let channels: u8 = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => 1,
        jpeg_decoder::PixelFormat::RGB24 => 3,
        // CMYK and 16-bit grey are rare in photos: leave them to `image`.
        _ => return Ok(None),
    };
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    let (display_w, display_h) = if swaps_axes(orientation) {
        (height, width)
    } else {
        (width, height)
    };
    let (thumb_w, thumb_h) = thumbnail_size(display_w, display_h);
    let target = if swaps_axes(orientation) {
        (thumb_h, thumb_w)
    } else {
        (thumb_w, thumb_h)
    };
    let denom = decode_scale(width, height, target.0, target.1);
    let progressive = info.coding_process == jpeg_decoder::CodingProcess::DctProgressive;
    // Refuse what the `image` path would refuse (a full-size decode over MAX_ALLOC), even
    // though we decode smaller, so both paths accept the same files; and refuse what this
    // decoder itself would need over MAX_ALLOC.
    let full_size = u64::from(width) * u64::from(height) * u64::from(channels);
    if full_size > MAX_ALLOC
        || jpeg_decode_bytes(width, height, u64::from(channels), progressive, denom) > MAX_ALLOC
    {
        return Err(ImageError::too_large());
    }
    let (out_w, out_h) = (width.div_ceil(denom), height.div_ceil(denom));
    if out_w < target.0 || out_h < target.1 {
        return Ok(None);
    }
    let pixels = match reduced_jpeg::decode(bytes, denom, (width, height)) {
        Some(r)
            if r.planes.len() == usize::from(channels) && (r.width, r.height) == (out_w, out_h) =>
        {
            ScaledPixels::Planes(r)
        }
        _ => match decode_with_libjpeg_turbo(bytes, channels, denom, (out_w, out_h)) {
            Some(pixels)
                if pixels.len() == out_w as usize * out_h as usize * usize::from(channels) =>
            {
                ScaledPixels::Interleaved {
                    width: out_w,
                    height: out_h,
                    pixels,
                }
            }
            _ => return Ok(None),
        },
    };
    Ok(Some(ScaledJpeg {
        channels,
        pixels,
        orientation,
        target,
    }))
}

/// How many progressive scans a JPEG may have: libjpeg-turbo's advice for untrusted input
/// (a crafted file with thousands of tiny scans costs minutes of CPU otherwise).
const MAX_SCANS: u32 = 500;

/// Decodes a JPEG at 1/`denom` scale with libjpeg-turbo into 8-bit grey (`channels` 1)
/// or RGB, `ceil(side / denom)` on each axis; `None` if it refuses the file or warns
/// (a truncated stream, but also harmless oddities such as extra bytes before a marker),
/// so the caller falls back to `image`. Its header must give the `expected` reduced
/// size `jpeg-decoder` read and the limits were checked against, before anything is
/// allocated.
///
/// Why libjpeg-turbo and not `jpeg-decoder`, which also scales in the DCT domain:
/// entropy decoding is the one full-size step left, and libjpeg-turbo's Huffman decoder
/// does it in half the time (12 MP, q90: 46 vs 95 ms at 1/8 scale, measured here). It
/// is the library WebKitGTK itself decodes every JPEG with.
fn decode_with_libjpeg_turbo(
    bytes: &[u8],
    channels: u8,
    denom: u32,
    expected: (u32, u32),
) -> Option<Vec<u8>> {
    let mut decompressor = turbojpeg::Decompressor::new().ok()?;
    decompressor.set_scan_limit(MAX_SCANS).ok()?;
    let scale = turbojpeg::ScalingFactor::new(1, usize::try_from(denom).ok()?);
    decompressor.set_scaling_factor(scale).ok()?;
    let header = decompressor.read_header(bytes).ok()?.scaled(scale);
    let size = |side: u32| usize::try_from(side).ok();
    if (Some(header.width), Some(header.height)) != (size(expected.0), size(expected.1)) {
        return None;
    }
    let format = if channels == 1 {
        turbojpeg::PixelFormat::GRAY
    } else {
        turbojpeg::PixelFormat::RGB
    };
    let pitch = header.width.checked_mul(usize::from(channels))?;
    let mut image = turbojpeg::Image {
        pixels: vec![0; pitch.checked_mul(header.height)?],
        width: header.width,
        pitch,
        height: header.height,
        format,
    };
    decompressor.decompress(bytes, image.as_deref_mut()).ok()?;
    Some(image.pixels)
}

/// The JPEG fast path (see the module documentation). `Ok(None)`: use `image` instead.
fn jpeg_thumbnail_image(bytes: &[u8]) -> Result<Option<DynamicImage>, ImageError> {
    let Some(scaled) = decode_jpeg_scaled(bytes)? else {
        return Ok(None);
    };
    let ((w, h), channels, orientation) = (scaled.target, scaled.channels, scaled.orientation);
    let Some(small) = resize(scaled.pixels, scaled.target) else {
        return Ok(None);
    };
    let img = match channels {
        1 => image::GrayImage::from_raw(w, h, small).map(DynamicImage::ImageLuma8),
        _ => image::RgbImage::from_raw(w, h, small).map(DynamicImage::ImageRgb8),
    };
    let Some(mut img) = img else {
        return Ok(None);
    };
    img.apply_orientation(orientation);
    Ok(Some(img))
}

/// Resizes the reduced decode to the thumbnail size `target` (Lanczos3), as interleaved
/// grey or RGB; `None` if `fast_image_resize` refuses the buffers (it should not).
fn resize(pixels: ScaledPixels, target: (u32, u32)) -> Option<Vec<u8>> {
    let lanczos3 =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    match pixels {
        ScaledPixels::Interleaved {
            width,
            height,
            pixels,
        } => {
            if (width, height) == target {
                return Some(pixels);
            }
            let pixel_type = if pixels.len() == width as usize * height as usize {
                fr::PixelType::U8
            } else {
                fr::PixelType::U8x3
            };
            let src = fr::images::Image::from_vec_u8(width, height, pixels, pixel_type).ok()?;
            let mut dst = fr::images::Image::new(target.0, target.1, pixel_type);
            fr::Resizer::new().resize(&src, &mut dst, &lanczos3).ok()?;
            Some(dst.into_vec())
        }
        ScaledPixels::Planes(reduced) => {
            // Each plane on its own, from exactly the part the picture covers: subsampled
            // chroma goes straight to the thumbnail's size, never repeated first.
            let mut resizer = fr::Resizer::new();
            let mut resized = Vec::with_capacity(reduced.planes.len());
            for plane in reduced.planes {
                let (cover_w, cover_h) = plane.covers;
                let src = fr::images::Image::from_vec_u8(
                    plane.width,
                    plane.height,
                    plane.samples,
                    fr::PixelType::U8,
                )
                .ok()?;
                let mut dst = fr::images::Image::new(target.0, target.1, fr::PixelType::U8);
                let options = lanczos3.clone().crop(0.0, 0.0, cover_w, cover_h);
                resizer.resize(&src, &mut dst, &options).ok()?;
                resized.push(dst.into_vec());
            }
            if resized.len() == 1 {
                return resized.pop();
            }
            match resized.as_slice() {
                [a, b, c] => {
                    let mut pixels = Vec::with_capacity(a.len() * 3);
                    for ((&a, &b), &c) in a.iter().zip(b).zip(c) {
                        pixels.extend_from_slice(&[a, b, c]);
                    }
                    if reduced.ycbcr {
                        reduced_jpeg::ycbcr_to_rgb(&mut pixels);
                    }
                    Some(pixels)
                }
                _ => None,
            }
        }
    }
}

/// Width the library list shows a thumbnail at, in image pixels (twice its CSS size, for
/// high-density screens).
pub const LIST_THUMBNAIL_WIDTH: u32 = 100;

/// A list-size copy of a stored thumbnail, made when the list asks for it: the stored
/// 400-wide JPEG is decoded at 1/4 scale in the DCT domain (no full decode, no resize).
/// The list then holds 16× fewer decoded pixels per row than with the full thumbnail.
pub fn list_thumbnail(thumbnail_jpeg: &[u8]) -> Result<Thumbnail, ImageError> {
    let mut decoder = jpeg_decoder::Decoder::new(thumbnail_jpeg);
    decoder
        .read_info()
        .map_err(|e| ImageError::Thumbnail(e.to_string()))?;
    let info = decoder
        .info()
        .ok_or_else(|| ImageError::Thumbnail("no JPEG header".into()))?;
    if u32::from(info.width) > THUMBNAIL_WIDTH * 2 || u32::from(info.height) > MAX_SIDE {
        return Err(ImageError::Thumbnail("not one of our thumbnails".into()));
    }
    let target = LIST_THUMBNAIL_WIDTH.min(u32::from(info.width)).max(1) as u16;
    decoder
        .scale(target, target)
        .map_err(|e| ImageError::Thumbnail(e.to_string()))?;
    let pixels = decoder
        .decode()
        .map_err(|e| ImageError::Thumbnail(e.to_string()))?;
    let info = decoder
        .info()
        .ok_or_else(|| ImageError::Thumbnail("no JPEG header".into()))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    let img = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => {
            image::GrayImage::from_raw(width, height, pixels).map(DynamicImage::ImageLuma8)
        }
        jpeg_decoder::PixelFormat::RGB24 => {
            image::RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8)
        }
        _ => None,
    }
    .ok_or_else(|| ImageError::Thumbnail("unexpected thumbnail pixel format".into()))?;
    encode(&img)
}

/// Encodes a thumbnail (8-bit grey stays grey, anything else becomes RGB), with
/// libjpeg-turbo (SIMD: a fifth of the time `image`'s encoder takes for a 400 px
/// thumbnail, which is a tenth of the whole thumbnail's time) at 4:4:4 like `image`'s.
fn encode(img: &DynamicImage) -> Result<Thumbnail, ImageError> {
    let (width, height) = (img.width(), img.height());
    let rgb;
    let (pixels, format, subsampling) = match img {
        DynamicImage::ImageLuma8(grey) => (
            grey.as_raw().as_slice(),
            turbojpeg::PixelFormat::GRAY,
            turbojpeg::Subsamp::Gray,
        ),
        other => {
            rgb = other.to_rgb8();
            (
                rgb.as_raw().as_slice(),
                turbojpeg::PixelFormat::RGB,
                turbojpeg::Subsamp::None,
            )
        }
    };
    let encode_error = |e: turbojpeg::Error| ImageError::Thumbnail(format!("encoding: {e}"));
    let image = turbojpeg::Image {
        pixels,
        width: width as usize,
        pitch: width as usize * format.size(),
        height: height as usize,
        format,
    };
    let mut compressor = turbojpeg::Compressor::new().map_err(encode_error)?;
    compressor
        .set_quality(i32::from(JPEG_QUALITY))
        .map_err(encode_error)?;
    compressor.set_subsamp(subsampling).map_err(encode_error)?;
    let jpeg = compressor.compress_to_vec(image).map_err(encode_error)?;
    Ok(Thumbnail {
        width,
        height,
        jpeg,
    })
}

/// The `image` path: full-size decode under limits, orientation, `thumbnail_exact`.
fn generic_thumbnail_image(reader: BytesReader<'_>) -> Result<DynamicImage, ImageError> {
    let mut decoder = reader.into_decoder()?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let (target_w, target_h) = thumbnail_size(img.width(), img.height());
    let small = img.thumbnail_exact(target_w, target_h);
    Ok(DynamicImage::ImageRgb8(small.to_rgb8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    /// A JPEG whose left half is red and right half blue, with some texture.
    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            let t = ((x ^ y) % 16) as u8;
            if x < w / 2 {
                image::Rgb([220 + t, 20 + t, 20])
            } else {
                image::Rgb([20, 20 + t, 220 + t])
            }
        });
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&img)
            .unwrap();
        out
    }

    /// `jpeg` with an EXIF APP1 segment holding only `Orientation = orientation`.
    fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec(); // big-endian, IFD0 at 8
        tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
        tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
        tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
        tiff.extend_from_slice(&1u32.to_be_bytes()); // count
        tiff.extend_from_slice(&orientation.to_be_bytes());
        tiff.extend_from_slice(&[0, 0]); // value padding
        tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let mut out = jpeg[..2].to_vec(); // SOI
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&(app1.len() as u16 + 2).to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    /// Rewrites the frame header (SOF0) of `jpeg` to claim `w`×`h`.
    fn claim_size(jpeg: &[u8], w: u16, h: u16) -> Vec<u8> {
        let mut out = jpeg.to_vec();
        let sof = out.windows(2).position(|m| m == [0xFF, 0xC0]).unwrap();
        out[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
        out[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
        out
    }

    fn decode(t: &Thumbnail) -> image::RgbImage {
        let img = image::load_from_memory_with_format(&t.jpeg, ImageFormat::Jpeg).unwrap();
        assert_eq!((img.width(), img.height()), (t.width, t.height));
        img.to_rgb8()
    }

    fn is_red(p: &image::Rgb<u8>) -> bool {
        p[0] > 150 && p[2] < 100
    }

    fn is_blue(p: &image::Rgb<u8>) -> bool {
        p[2] > 150 && p[0] < 100
    }

    #[test]
    fn thumbnail_is_400_wide_jpeg() {
        let t = thumbnail(&png(1200, 600)).unwrap();
        assert_eq!((t.width, t.height), (400, 200));
        assert_eq!(&t.jpeg[..2], &[0xFF, 0xD8]);
        let info = inspect(&png(30, 20)).unwrap();
        assert_eq!(
            info,
            ImageInfo {
                media_type: "image/png",
                width: 30,
                height: 20
            }
        );
    }

    #[test]
    fn jpeg_fast_path_makes_a_400_wide_thumbnail_of_the_same_picture() {
        // libjpeg-turbo at 1/2, our reduced decoder at 1/4 and at 1/8.
        for ((w, h), thumb_h) in [((1700, 1000), 235), ((2400, 1000), 166), ((4800, 600), 50)] {
            let bytes = jpeg(w, h);
            assert!(
                jpeg_thumbnail_image(&bytes).unwrap().is_some(),
                "fast path taken"
            );
            let t = thumbnail(&bytes).unwrap();
            assert_eq!((t.width, t.height), (400, thumb_h));
            let img = decode(&t);
            let y = thumb_h / 2;
            assert!(is_red(img.get_pixel(100, y)), "{w}×{h}");
            assert!(is_blue(img.get_pixel(300, y)), "{w}×{h}");
            // The picture reaches the edges: no padding or dark fringe.
            assert!(is_red(img.get_pixel(0, thumb_h - 1)), "{w}×{h}");
            assert!(is_blue(img.get_pixel(399, thumb_h - 1)), "{w}×{h}");
        }
    }

    #[test]
    fn small_images_are_not_upscaled() {
        let t = thumbnail(&png(100, 50)).unwrap();
        assert_eq!((t.width, t.height), (100, 50));
        let t = thumbnail(&jpeg(120, 90)).unwrap();
        assert_eq!((t.width, t.height), (120, 90));
        let t = thumbnail(&with_exif_orientation(&jpeg(120, 90), 6)).unwrap();
        assert_eq!((t.width, t.height), (90, 120));
    }

    #[test]
    fn exif_orientation_6_makes_a_portrait_thumbnail() {
        // Stored landscape, left half red; orientation 6 means "rotate 90° clockwise to
        // display", so the display is portrait with red on top.
        let bytes = with_exif_orientation(&jpeg(1200, 800), 6);
        assert_eq!(inspect(&bytes).unwrap().width, 1200);
        let t = thumbnail(&bytes).unwrap();
        assert_eq!((t.width, t.height), (400, 600));
        let img = decode(&t);
        assert!(
            is_red(img.get_pixel(200, 100)),
            "{:?}",
            img.get_pixel(200, 100)
        );
        assert!(
            is_blue(img.get_pixel(200, 500)),
            "{:?}",
            img.get_pixel(200, 500)
        );
        // The same as the `image` path gives.
        let (reader, _) = reader(&bytes).unwrap();
        let reference = generic_thumbnail_image(reader).unwrap();
        assert_eq!((reference.width(), reference.height()), (400, 600));
        // Orientation 1 leaves it landscape.
        let t = thumbnail(&with_exif_orientation(&jpeg(1200, 800), 1)).unwrap();
        assert_eq!((t.width, t.height), (400, 266));
    }

    #[test]
    fn decode_scale_is_the_smallest_scale_with_the_margin() {
        assert_eq!(DECODE_MARGIN, (3, 2), "the cases below assume 1.5×");
        // Needs ≥ 600×450 for a 400×300 thumbnail.
        assert_eq!(decode_scale(4000, 3000, 400, 300), 4); // 1/8 = 500×375: too small
        assert_eq!(decode_scale(4800, 3600, 400, 300), 8); // 1/8 = 600×450 exactly
        assert_eq!(decode_scale(4793, 3600, 400, 300), 8); // ceil(4793/8) = 600
        assert_eq!(decode_scale(4792, 3600, 400, 300), 4); // ceil(4792/8) = 599
        assert_eq!(decode_scale(6000, 4000, 400, 266), 8); // 24 MP: 750×500
        assert_eq!(decode_scale(4240, 2832, 400, 267), 4); // 1/4 = 1060×708
        assert_eq!(decode_scale(3000, 4000, 400, 533), 4); // 1/4 = 750×1000
        assert_eq!(decode_scale(1600, 1200, 400, 300), 2);
        assert_eq!(decode_scale(1200, 900, 400, 300), 2); // 600×450 exactly
        assert_eq!(decode_scale(1000, 750, 400, 300), 1); // 1/2 = 500: too small
        assert_eq!(decode_scale(400, 300, 400, 300), 1);
        assert_eq!(decode_scale(120, 90, 120, 90), 1);
        assert_eq!(decode_scale(1, 1, 1, 1), 1);
        // Shown portrait (EXIF 6), a 4000×3000 makes a 400×533 thumbnail: 533×400 stored.
        assert_eq!(decode_scale(4000, 3000, 533, 400), 4);
    }

    #[test]
    fn jpeg_is_decoded_at_the_chosen_scale() {
        for ((w, h), decoded) in [
            ((4800, 400), (600, 50)),   // 1/8
            ((2400, 1800), (600, 450)), // 1/4
            ((1600, 1200), (800, 600)), // 1/2
            ((1700, 1000), (850, 500)), // 1/2
            ((700, 500), (700, 500)),   // full size
        ] {
            let s = decode_jpeg_scaled(&jpeg(w, h)).unwrap().unwrap();
            assert_eq!(s.pixels.size(), decoded, "{w}×{h}");
            assert_eq!(s.channels, 3);
            // Our reduced decoder at 1/8 and 1/4, libjpeg-turbo otherwise.
            let ours = matches!(s.pixels, ScaledPixels::Planes(_));
            assert_eq!(ours, decoded.0 * 4 <= w, "{w}×{h}");
        }
        // Shown portrait (EXIF 6), a 2400×1800 makes a 400×533 thumbnail, i.e. 533×400
        // stored, which needs 800×600: 1/4 (600×450) is too small, 1/2 is needed.
        let s = decode_jpeg_scaled(&with_exif_orientation(&jpeg(2400, 1800), 6))
            .unwrap()
            .unwrap();
        assert_eq!((s.pixels.size(), s.target), ((1200, 900), (533, 400)));
    }

    #[test]
    fn grey_jpegs_take_the_fast_path() {
        let img = image::GrayImage::from_fn(900, 600, |x, _| image::Luma([(x % 256) as u8]));
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
            .encode_image(&img)
            .unwrap();
        assert_eq!(decode_jpeg_scaled(&bytes).unwrap().unwrap().channels, 1);
        let t = thumbnail(&bytes).unwrap();
        assert_eq!((t.width, t.height), (400, 266));
        decode(&t);
    }

    #[test]
    fn progressive_jpegs_take_the_fast_path() {
        let img = image::RgbImage::from_fn(2400, 1600, |x, _| {
            if x < 1200 {
                image::Rgb([220, 20, 20])
            } else {
                image::Rgb([20, 20, 220])
            }
        });
        let source = turbojpeg::Image {
            pixels: img.as_raw().as_slice(),
            width: 2400,
            pitch: 2400 * 3,
            height: 1600,
            format: turbojpeg::PixelFormat::RGB,
        };
        let mut compressor = turbojpeg::Compressor::new().unwrap();
        compressor.set_progressive(true).unwrap();
        let bytes = compressor.compress_to_vec(source).unwrap();
        let s = decode_jpeg_scaled(&bytes).unwrap().unwrap();
        // 1/4 scale, which our reduced decoder declines for a progressive file: decoded
        // by libjpeg-turbo instead.
        assert_eq!(s.pixels.size(), (600, 400));
        assert!(matches!(s.pixels, ScaledPixels::Interleaved { .. }));
        let t = decode(&thumbnail(&bytes).unwrap());
        assert!(is_red(t.get_pixel(50, 100)) && is_blue(t.get_pixel(350, 100)));
    }

    #[test]
    fn garbage_and_unsupported_formats_fail_cleanly() {
        assert!(matches!(
            thumbnail(b"not an image"),
            Err(ImageError::UnknownFormat)
        ));
        let bmp = b"BM\x00\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00";
        assert!(thumbnail(bmp).is_err());
        let mut truncated = png(50, 50);
        truncated.truncate(60);
        assert!(thumbnail(&truncated).is_err());
    }

    #[test]
    fn huge_claimed_dimensions_are_refused_before_decoding() {
        let small = jpeg(64, 48);
        let huge = claim_size(&small, 65535, 65535);
        assert!(matches!(
            thumbnail(&huge),
            Err(ImageError::Decode(image::ImageError::Limits(_)))
        ));
        assert!(matches!(
            decode_jpeg_scaled(&huge),
            Err(ImageError::Decode(image::ImageError::Limits(_)))
        ));
        // Within MAX_SIDE but a progressive frame that size would need > MAX_ALLOC of
        // coefficients: refused from the header alone (SOF0 relabelled SOF2).
        let mut progressive = claim_size(&small, 16_000, 16_000);
        let sof = progressive
            .windows(2)
            .position(|m| m == [0xFF, 0xC0])
            .unwrap();
        progressive[sof + 1] = 0xC2;
        assert!(matches!(
            decode_jpeg_scaled(&progressive),
            Err(ImageError::Decode(image::ImageError::Limits(_)))
        ));
        assert!(thumbnail(&progressive).is_err());
        // A baseline 16000×12000 would decode at 1/8 in a few MB, but the `image` path
        // refuses it (576 MB at full size), so the fast path does too.
        assert!(matches!(
            decode_jpeg_scaled(&claim_size(&small, 16_000, 12_000)),
            Err(ImageError::Decode(image::ImageError::Limits(_)))
        ));
        // Within every limit (9000×9000) but with data for 64×48: whatever comes back,
        // no panic.
        let _ = thumbnail(&claim_size(&small, 9_000, 9_000));
    }

    #[test]
    fn truncated_jpegs_do_not_panic() {
        let bytes = with_exif_orientation(&jpeg(640, 480), 6);
        // Every length through the headers, then ~40 through the entropy-coded data
        // (truncated files fall back to `image`, which decodes them at full size: slow
        // in a debug build).
        let sos = bytes.windows(2).position(|m| m == [0xFF, 0xDA]).unwrap();
        let lengths = (0..sos + 20).chain((sos + 20..bytes.len()).step_by(bytes.len() / 40));
        for len in lengths {
            if let Ok(t) = thumbnail(&bytes[..len]) {
                assert!(t.width >= 1 && t.height >= 1 && t.width <= 400);
                decode(&t);
            }
        }
    }

    #[test]
    fn corrupted_jpegs_do_not_panic() {
        let bytes = jpeg(200, 150);
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..400 {
            let mut bad = bytes.clone();
            for _ in 0..4 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let at = (state >> 33) as usize % bad.len();
                bad[at] = (state >> 17) as u8;
            }
            let _ = thumbnail(&bad);
        }
    }

    #[test]
    fn a_list_thumbnail_is_a_quarter_of_the_stored_one() {
        let stored = thumbnail(&jpeg(1600, 1200)).unwrap();
        assert_eq!((stored.width, stored.height), (400, 300));
        let small = list_thumbnail(&stored.jpeg).unwrap();
        assert_eq!((small.width, small.height), (100, 75));
        assert!(small.jpeg.len() < stored.jpeg.len());
        assert!(list_thumbnail(b"not a jpeg").is_err());
    }
}
