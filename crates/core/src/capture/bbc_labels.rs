//! The labels the BBC prints for screen readers before a picture's caption and its credit
//! (`Image caption, …`, `Image source, Getty Images`), in every language its World Service
//! publishes in. A browser copies them with the page, so a pasted BBC article carries them
//! on its caption and credit lines: these tables let the text reader take the label off and
//! keep the caption and the credit.
//!
//! The translations are those of the BBC's own front end (its `simorgh` service configs:
//! `imageCaptionOffscreenText`, `videoCaptionOffscreenText`, `audioCaptionOffscreenText`,
//! `imageCopyrightOffscreenText`); no library carries them. Older pages print the English
//! labels without their comma (`Image copyright PA`), and BBC Burmese's older pages print
//! `ဓာတ်ပုံ မူပိုင်` (“photo copyright”).

use std::sync::LazyLock;

use regex::Regex;

/// Caption labels of the BBC's services other than English, each printed with a comma (or
/// `،`, `，`) after it, or on right-to-left pages before it.
const CAPTION_LABELS: [&str; 144] = [
    "Aha nkeananụānụ",
    "Aha onyonyo",
    "Audio tagso‘zi",
    "Audionun alt yazısı",
    "Bayanan bidiyo",
    "Bayanan hoto",
    "Bayanan sauti",
    "Chụp lại hình ảnh",
    "Chụp lại video",
    "Disgrifiad o'r fideo",
    "Disgrifiad o'r llun",
    "Disgrifiad o'r sain",
    "Fotoğraf altı yazısı",
    "Hangfelirat",
    "Ibsa wa'ee raadiyoo",
    "Ibsa waa'ee suuraa",
    "Ibsa waa'ee viidiyoo",
    "Insiguro y'amajwi",
    "Insiguro y'isanamu",
    "Insiguro ya video",
    "Keterangan audio",
    "Keterangan gambar",
    "Keterangan video",
    "Képaláírás",
    "Legenda da foto",
    "Legenda do vídeo",
    "Legenda do áudio",
    "Legendă audio",
    "Legendă imagine",
    "Legendă video",
    "Légende audio",
    "Légende image",
    "Légende vidéo",
    "Lưu lại audio",
    "Maelezo ya picha",
    "Maelezo ya sauti",
    "Maelezo ya video",
    "Nkọwa foto",
    "Pie de foto",
    "Podpis nagrania",
    "Podpis wideo",
    "Podpis zdjęcia",
    "Potpis ispod audio zapisa",
    "Potpis ispod fotografije",
    "Potpis ispod videa",
    "Qoraalka Codka",
    "Qoraalka Muuqaalka",
    "Qoraalka sawirka",
    "Ses dosyası altyazısı",
    "Surat tagso‘zi",
    "Tiotal a' bhidio",
    "Tiotal an deilbh",
    "Tiotal na fuaime",
    "Título del audio",
    "Título del video",
    "Video altyazısı",
    "Video tagso‘zi",
    "Videonun alt yazısı",
    "Videófelirat",
    "Wetin we call dis Audio",
    "Wetin we call dis Video",
    "Wetin we call dis foto",
    "Àkọlé fídíò",
    "Àkọlé fọ́nrán ohùn",
    "Àkọlé àwòrán",
    "Şəklin alt yazısı",
    "Аудио тагсўзи",
    "Аудионун түшүндүрмөсү",
    "Видео тагсўзи",
    "Видеонун түшүндүрмөсү",
    "Подпись к аудио",
    "Подпись к видео",
    "Подпись к фото",
    "Потпис испод аудио записа",
    "Потпис испод видеа",
    "Потпис испод фотографије",
    "Підпис до аудіо",
    "Підпис до відео",
    "Підпис до фото",
    "Сурат тагсўзи",
    "Сүрөттүн түшүндүрмөсү",
    "آڈیو کیپشن",
    "التعليق على التسجيل الصوتي",
    "التعليق على الصورة",
    "التعليق على الفيديو",
    "تصویر کا کیپشن",
    "توضیح تصویر",
    "توضیح صدا",
    "توضیح ویدئو",
    "د عکس تشریح",
    "د غږ تشریح",
    "د ویډیو تشریح",
    "ویڈیو کیپشن",
    "अडिओ क्याप्शन सुरु हुँदैछ",
    "इमेज कैप्शन",
    "ऑडिओ कॅप्शन",
    "ऑडियो कैप्शन",
    "तस्बिरको क्याप्शन",
    "फोटो कॅप्शन",
    "भिडिओ क्याप्शन सुरु हुँदैछ",
    "वीडियो कैप्शन",
    "व्हीडिओ कॅप्शन",
    "অডিওর ক্যাপশান",
    "ছবির ক্যাপশান",
    "ভিডিওর ক্যাপশান",
    "ਆਡੀਓ ਕੈਪਸ਼ਨ",
    "ਤਸਵੀਰ ਕੈਪਸ਼ਨ",
    "ਵੀਡੀਓ ਕੈਪਸ਼ਨ",
    "ઇમેજ કૅપ્શન",
    "ઓડિયો કૅપ્શન",
    "વીડિયો કૅપ્શન",
    "காணொளிக் குறிப்பு",
    "கேட்பொலிக் குறிப்பு",
    "படக்குறிப்பு",
    "ఆడియో క్యాప్షన్",
    "ఫొటో క్యాప్షన్",
    "వీడియో క్యాప్షన్",
    "ඡායාරූප ශීර්ෂ වැකිය",
    "වීඩියෝ ශීර්ෂ වැකිය",
    "හඬ ශීර්ෂ වැකිය",
    "คำบรรยายภาพ",
    "คำบรรยายวิดีโอ",
    "คำบรรยายเสียง",
    "ဓာတ်ပုံ ပုံစာ",
    "ဗီဒီယို ပုံစာ",
    "အသံဖိုင် ပုံစာ",
    "መግለጺ ስእሊ",
    "መግለጺ ቪድዮ",
    "መግለጺ ድምጺ",
    "የምስሉ መግለጫ",
    "የተንቀሳቃሹ ምስል መግለጫ",
    "የድምፅ መግለጫ",
    "動画説明",
    "图像加注文字",
    "圖像加註文字",
    "画像説明",
    "視頻加註文字",
    "视频加注文字",
    "音声説明",
    "音頻加註文字",
    "音频加注文字",
    "동영상 설명",
    "사진 설명",
    "오디오 설명",
];

/// Credit labels of the BBC's services other than English, printed as [`CAPTION_LABELS`].
const SOURCE_LABELS: [&str; 49] = [
    "Ahavuye isanamu",
    "Asalin hoton",
    "Autor fotografije",
    "Chanzo cha picha",
    "Crédit photo",
    "Crédito",
    "Ebe foto si",
    "Ffynhonnell y llun",
    "Fuente de la imagen",
    "Kaynak",
    "Kép forrás",
    "Madda suuraa",
    "Nguồn hình ảnh",
    "Oríṣun àwòrán",
    "Sumber gambar",
    "Surat manbasi",
    "Sursă imagine",
    "Tùs an deilbh",
    "Wia dis foto come from",
    "Xigashada Sawirka",
    "Şəklin mənbəyi",
    "Źródło zdjęcia",
    "Автор фото",
    "Аутор фотографије",
    "Сурат манбаси",
    "Сүрөттүн булагы",
    "تصویر کا ذریعہ",
    "د عکس سرچینه",
    "صدر الصورة",
    "مصدر الصورة",
    "منبع تصویر",
    "इमेज स्रोत",
    "तस्बिर स्रोत",
    "फोटो स्रोत",
    "ছবির উৎস",
    "ਤਸਵੀਰ ਸਰੋਤ",
    "ઇમેજ સ્રોત",
    "பட மூலாதாரம்",
    "ఫొటో సోర్స్",
    "ඡායාරූප මූලාශ්රය",
    "ඡායාරූප මූලාශ්‍රය",
    "ที่มาของภาพ",
    "ဓာတ်ပုံ ရင်းမြစ်",
    "ምንጪ ስእሊ",
    "የፎቶው ባለመብት",
    "图像来源",
    "圖像來源",
    "画像提供",
    "사진 출처",
];

/// The longest credit a label line carries (characters); a longer line is text.
const MAX_CREDIT_CHARS: usize = 101;

/// The separators a label is printed with: a comma, Arabic's and the full-width one.
const SEPARATOR: &str = r"[,،，]";

/// A line that opens with a label: English with or without its comma or colon (`Image
/// copyright PA`), a translation with its separator after it or, right to left, before it,
/// an older label with or without one.
fn labelled(english: &str, translated: &[&str], older: &[&str]) -> Regex {
    let any = |labels: &[&str]| {
        labels
            .iter()
            .map(|label| regex::escape(label))
            .collect::<Vec<_>>()
            .join("|")
    };
    let (translated, older) = (any(translated), any(older));
    let older = if older.is_empty() {
        String::new()
    } else {
        format!("|(?:{older})\\s*{SEPARATOR}?\\s*")
    };
    Regex::new(&format!(
        r"^\s*(?:(?:{english})[,:]?\s+|(?:{translated})\s*{SEPARATOR}\s*|{SEPARATOR}\s*(?:{translated})\s+{older})(\S.*)$"
    ))
    .expect("valid regex")
}

static CAPTION_LABEL: LazyLock<Regex> =
    LazyLock::new(|| labelled(r"(?:Image|Media|Video|Audio) caption", &CAPTION_LABELS, &[]));

static SOURCE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| labelled(r"Image (?:source|copyright)", &SOURCE_LABELS, &["ဓာတ်ပုံ မူပိုင်"]));

/// The caption of a line that opens with the BBC's caption label (`Image caption, Crowds
/// outside…`, `Pie de foto, …`, `图像加注文字，…`).
pub(super) fn labelled_caption(line: &str) -> Option<&str> {
    Some(CAPTION_LABEL.captures(line)?.get(1)?.as_str())
}

/// The credit of a line that opens with the BBC's credit label (`Image source, Getty
/// Images`, `Fuente de la imagen, Reuters`, `ဓာတ်ပုံ မူပိုင် Khin Mg Win`).
pub(super) fn labelled_source(line: &str) -> Option<&str> {
    let credit = SOURCE_LABEL.captures(line)?.get(1)?.as_str().trim();
    (credit.chars().count() <= MAX_CREDIT_CHARS).then_some(credit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_labels_with_or_without_their_comma() {
        assert_eq!(
            labelled_caption("Image caption, Crowds outside the court"),
            Some("Crowds outside the court")
        );
        assert_eq!(
            labelled_caption("Media caption Watch the moment"),
            Some("Watch the moment")
        );
        assert_eq!(
            labelled_source("Image source, Getty Images"),
            Some("Getty Images")
        );
        assert_eq!(labelled_source("Image copyright PA"), Some("PA"));
        assert_eq!(labelled_caption("Image captions are read aloud"), None);
    }

    #[test]
    fn the_world_services_labels() {
        assert_eq!(
            labelled_caption("Pie de foto, Manifestantes en Caracas"),
            Some("Manifestantes en Caracas")
        );
        assert_eq!(
            labelled_caption("图像加注文字，北京的街头"),
            Some("北京的街头")
        );
        assert_eq!(
            labelled_source("Fuente de la imagen, Getty Images"),
            Some("Getty Images")
        );
        assert_eq!(labelled_source("Автор фото, Reuters"), Some("Reuters"));
        assert_eq!(
            labelled_source("منبع تصویر، Getty Images"),
            Some("Getty Images")
        );
        // Right-to-left pages of older versions print the comma first.
        assert_eq!(labelled_source("،منبع تصویر AFP"), Some("AFP"));
        // BBC Burmese's older label, without a comma.
        assert_eq!(
            labelled_source("ဓာတ်ပုံ မူပိုင် Khin Mg Win (Shwe Inn Thar)"),
            Some("Khin Mg Win (Shwe Inn Thar)")
        );
        // A translated label is a label only with its separator: `Kaynak` (Turkish
        // `source`) opens sentences too.
        assert_eq!(labelled_source("Kaynak bulunamadı dedi"), None);
        assert_eq!(labelled_source("Kaynak, AFP"), Some("AFP"));
    }
}
