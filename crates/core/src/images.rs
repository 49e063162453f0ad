//! Photo images: identifying and decoding the bytes safely (`image::Limits`, only the
//! codecs we compile in: JPEG, PNG, WebP, GIF), applying EXIF orientation, and making the
//! JPEG thumbnails the list and reader show first.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Width of thumbnails, in pixels.
pub const THUMBNAIL_WIDTH: u32 = 400;
/// Version of the thumbnail recipe; bump to regenerate.
pub const THUMBNAIL_VERSION: i64 = 1;
/// Decoding refuses images larger than this many pixels on a side.
const MAX_SIDE: u32 = 16_384;
/// Decoding refuses to allocate more than this (bytes).
const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// What is known of an image after reading its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    pub media_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// A finished thumbnail.
#[derive(Debug, Clone)]
pub struct Thumbnail {
    pub width: u32,
    pub height: u32,
    pub jpeg: Vec<u8>,
}

/// Why an image could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("not an image in a supported format (JPEG, PNG, WebP, GIF)")]
    UnknownFormat,
    #[error("the image could not be decoded: {0}")]
    Decode(#[from] image::ImageError),
    #[error("the image could not be read: {0}")]
    Io(#[from] std::io::Error),
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
/// thumbnail [`THUMBNAIL_WIDTH`] wide (never upscaled).
pub fn thumbnail(bytes: &[u8]) -> Result<Thumbnail, ImageError> {
    let (reader, _) = reader(bytes)?;
    let mut decoder = reader.into_decoder()?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let (w, h) = (img.width().max(1), img.height().max(1));
    let target_w = THUMBNAIL_WIDTH.min(w);
    let target_h = ((h as u64 * target_w as u64) / w as u64).max(1) as u32;
    let small = img.thumbnail_exact(target_w, target_h).to_rgb8();
    let mut jpeg = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 82);
    encoder.encode_image(&small)?;
    Ok(Thumbnail {
        width: small.width(),
        height: small.height(),
        jpeg,
    })
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
    fn small_images_are_not_upscaled() {
        let t = thumbnail(&png(100, 50)).unwrap();
        assert_eq!((t.width, t.height), (100, 50));
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
}
