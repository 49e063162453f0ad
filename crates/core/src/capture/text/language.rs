//! The language of a clipping's text, by whatlang, with Japanese and Korean told by their
//! own scripts.

use super::*;

/// whatlang's guess as an ISO 639-1 code, when reliable.
pub(in crate::capture) fn detect_language(text: &str) -> Option<String> {
    use whatlang::Lang;
    if text.trim().is_empty() {
        return None;
    }
    // Kana are written only in Japanese and Hangul only in Korean; whatlang goes by the
    // commonest script, which in a Japanese article full of product names (`Wi-Fi`, `App
    // Store`, `Google Play`) may be the Latin one.
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let kana = text.chars().filter(|&c| is_kana(c)).count();
    let hangul = text
        .chars()
        .filter(|&c| matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF))
        .count();
    if kana * 5 >= letters && kana >= 10 {
        return Some("ja".to_string());
    }
    if hangul * 5 >= letters && hangul >= 10 {
        return Some("ko".to_string());
    }
    let info = whatlang::detect(text)?;
    if !info.is_reliable() {
        return None;
    }
    let code = match info.lang() {
        Lang::Eng => "en",
        Lang::Spa => "es",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Pol => "pl",
        Lang::Ces => "cs",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Bul => "bg",
        Lang::Mkd => "mk",
        Lang::Ron => "ro",
        Lang::Hun => "hu",
        Lang::Ell => "el",
        Lang::Tur => "tr",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "nb",
        Lang::Fin => "fi",
        Lang::Est => "et",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Cat => "ca",
        Lang::Ara => "ar",
        Lang::Heb => "he",
        Lang::Pes => "fa",
        Lang::Hin => "hi",
        Lang::Urd => "ur",
        Lang::Ben => "bn",
        Lang::Cmn => "zh",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Vie => "vi",
        Lang::Tha => "th",
        Lang::Ind => "id",
        Lang::Epo => "eo",
        Lang::Lat => "la",
        Lang::Afr => "af",
        Lang::Bel => "be",
        Lang::Kat => "ka",
        Lang::Hye => "hy",
        Lang::Aze => "az",
        Lang::Tgl => "tl",
        Lang::Tam => "ta",
        _ => return None,
    };
    Some(code.to_string())
}
