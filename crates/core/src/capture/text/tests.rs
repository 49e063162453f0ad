//! Tests of the text reader, its rules one by one and whole clippings.

use super::*;

const SEED: &str = include_str!("../../../../../tests/fixtures/clippings/telesur-kosovo-2022.txt");

#[test]
fn a_date_inside_a_header_line_dates_the_article() {
    let body: String = (0..5)
        .map(|i| format!("Absatz {i}: Was früher schnelle und laute Autos waren, sind heute wohl eher die umweltfreundlichen und verbrauchsarmen Modelle.\n\n"))
        .collect();
    let text = format!("Start\n\nElektromobilität, der neue Trend\n\nVon Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2013-05-03")
    );
    // A date in the article's prose does not date it.
    let text = format!("Start\n\nElektromobilität, der neue Trend\n\nSeit dem 3. Mai 2013 fahren in der Stadt mehr Elektroautos als je zuvor, sagt die Behörde.\n\n{body}");
    assert_eq!(read_text_clipping(&text).published, None);
}

#[test]
fn a_us_short_date_with_its_clock_under_the_byline_dates_the_article() {
    // Kinja's header: the author, then the date in its short and long forms.
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: The city closed the old bridge on Tuesday after inspectors found cracks in two of its piers.\n\n"))
        .collect();
    let text = format!("Lifehacker\n\nCity Shuts Old Bridge After Cracks Found\n\nJane Roe\n3/09/15 8:00am 3/09/15 8:00am\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(out.title, "City Shuts Old Bridge After Cracks Found");
    assert_eq!(
        out.published.map(|d| (d.normalized, d.raw)),
        Some(("2015-03-09".to_string(), "3/09/15 8:00am".to_string()))
    );
    assert!(!out.body_text.contains("8:00am"), "{}", out.body_text);
}

#[test]
fn a_section_named_like_a_byline_is_no_author() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: North Korea on Tuesday slammed South Korea for holding a joint military drill with the United States.\n\n"))
        .collect();
    let menu = "  • National\n  • North Korea\n  • Economy\n  • Culture\n\n";
    let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nNorth Korea 09:31 August 20, 2019\n\nSHARE\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(out.byline, None);
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2019-08-20")
    );
    // Copied out of a graphical browser the menu has no bullets: a run of short lines.
    let menu = "National\nPolitics\nDiplomacy\nNorth Korea\nEconomy\nCulture\n\n";
    let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nNorth Korea 09:31 August 20, 2019\nSHARE\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(out.byline, None);
    assert!(out.authors.is_empty());
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2019-08-20")
    );
    // With its `By`, a name in the menu is still the author.
    let menu = "  • National\n  • Jane Roe\n  • Economy\n\n";
    let text = format!("Yonhap News Agency\n\n{menu}N. Korea slams S. Korea for joint military drill, warns of consequences\n\nBy Jane Roe 09:31 August 20, 2019\n\n{body}");
    assert_eq!(
        read_text_clipping(&text).byline.as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_menu_copied_as_one_line_is_no_text() {
    let menu = "SOTT Focus Best of the Web Puppet Masters Society's Child Secret History \
                Science & Technology Earth Changes Fire in the Sky Health & Wellness Science \
                of the Spirit High Strangeness Don't Panic! Lighten Up! Picture of the Day";
    let topics = "9/11 Animals Comets Comets and Catastrophe Series Drought Earthquakes \
                  Extreme Temperatures Fireballs Floods JFK Series Plagues Sinkholes Smoking \
                  SOTT Radio Network SOTT Summaries Storms";
    assert!(is_flattened_menu(menu));
    assert!(is_flattened_menu(topics));
    // Items glued together.
    assert_eq!(
        glued_names("Más LeídasBuenos AiresSeguridadLa Nacion DataEditoriales"),
        4
    );
    assert_eq!(
        glued_names("DeepMind and YouTube sign an iPhone deal with McDonald's"),
        2
    );
    assert_eq!(
        classify_one(
            &short_unit("HoróscopoPronósticoLoteríasFeriadosFúnebres"),
            None
        ),
        Kind::Nav
    );
    // Items between bars.
    assert!(is_pipe_menu(
        "首页|新闻|图片|评论|共青团|娱乐|时尚|财经|军事|体育|创业就业|高校"
    ));
    assert!(is_pipe_menu(
        "Home | News | Sport | Business | Opinion | Culture"
    ));
    assert!(!is_pipe_menu("Storm hits the coast | City Post"));
    assert!(!is_pipe_menu("1 August 2022 | 10:32 GMT | 4 min read"));
    assert!(!is_pipe_menu("404 | 0 | 0.133 | 0.3428 | -0.388"));
    assert!(!is_pipe_menu("a | b | c(x) | d | e | f"));
    assert_eq!(
        glued_names("console.log(reqHeaders.has(\"Set-Cookie\")); // fooBarBaz"),
        0
    );
    assert!(!is_pipe_menu(
        "Ergebnis: A | B | C | D | E, und der Rest der Tabelle folgt weiter unten im Text."
    ));
    assert!(!is_flattened_menu(
        "ANY MATERIAL DOWNLOADED OR OTHERWISE OBTAINED THROUGH THE USE OF THE SERVICES IS \
         DONE AT YOUR OWN DISCRETION AND RISK AND YOU WILL BE SOLELY RESPONSIBLE"
    ));
    assert!(!is_flattened_menu(
        "C = A + B with A = 1 2 ( C + C H ) and B = 1 2 ( C − C H )"
    ));
    // A headline in title case is shorter; prose has small words in lower case.
    assert!(!is_flattened_menu(
        "How to Build a Terrarium in Your Home for Less Than You Think It Costs"
    ));
    assert!(!is_flattened_menu(
        "Die Bundesregierung hat am Mittwoch beschlossen dass die Förderung für \
         Elektroautos im kommenden Jahr auslaufen soll und die Mittel anders verwendet werden"
    ));
    // Lines 4–28 of sott.net's page as w3m prints it (newspaper4k's `article_with_br`).
    let headline = "'The American friends': New court files expose Sheldon Adelson's \
                    security team involved in US spy operation against Julian Assange";
    let body: String = (1..=6)
        .map(|n| {
            format!(
                "An exclusive investigation by The Grayzone reveals new details on the \
                 critical role the casino magnate played in spying operation number {n}, \
                 according to court files.\n\n"
            )
        })
        .collect();
    let paste = format!(
        "Welcome to Sott.net\nMon, 25 Dec 2023\nThe World for People who Think\nSections\n\
         {menu}\nTopics\n{topics}\n     \nSections\nSOTT News {menu}\nTopics\n{topics}\n\
         Loading...\n\nPuppet Masters\n\nEye 2\n\n{headline}\n\n\
         Max Blumenthal\nThe Grayzone\nThu, 14 May 2020 17:55 UTC\n{body}"
    );
    let x = read_text_clipping(&paste);
    assert_eq!(x.title, headline);
    assert!(!x.body_text.contains("Puppet Masters"), "{}", x.body_text);
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2020-05-14T17:55:00Z")
    );
}

#[test]
fn a_cjk_headline_without_a_full_stop_titles_the_article() {
    // yahoo.co.jp as w3m prints it: a menu, a `<noscript>` notice printed as markup, the
    // headline (long enough to count as prose), the source line, Japanese share buttons,
    // then paragraphs that end with their full stops.
    let headline =
        "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」";
    let paragraphs = [
        "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの発売を開始すると発表した。",
        "2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fiの設置が促進され、フリーWi-Fiの利用者も増加している。",
        "一方で、脆弱な設定のフリーWi-Fiや攻撃者が設置した偽のフリーWi-Fiへの接続などによる情報漏えいなどのセキュリティリスクが危惧されているという。",
    ]
    .join("\n\n");
    let paste = format!(
        "Yahoo!ニュース\n\nトピックス\n\n全国紙パック\n\n  • ビジネス\n  • 経済\n\nここから本文です\n\n\
         <div class=\"alertBox\"> <div class=\"alert\"> <i></i><p>現在<em>JavaScriptが無効</em>になっています。\
         Yahoo!ニュースのすべての機能を利用するためには、JavaScriptの設定を有効にしてください。</p> </div> </div>\n\n\
         {headline}\n\nCNET Japan 3/9(木) 18:45配信\n\n  • \n\nツイート\n\n  • \n\nシェアする\n\n{paragraphs}\n"
    );
    let x = read_text_clipping(&paste);
    assert_eq!(x.title, headline);
    // The source line's date has no year (`3/9(木) 18:45配信`): it stays in the text.
    assert!(
        x.body_text
            .starts_with("CNET Japan 3/9(木) 18:45配信\n\nトレンドマイクロは3月9日"),
        "{}",
        x.body_text
    );
    for furniture in ["alertBox", "JavaScript", "シェアする", "ツイート"] {
        assert!(
            !x.body_text.contains(furniture),
            "{furniture}: {}",
            x.body_text
        );
    }

    // A blog whose lines never end with a full stop gives its first line no headline's
    // contrast: it stays the body's first paragraph.
    let verse: Vec<String> = (0..6)
        .map(|i| {
            format!("一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣第{i}段")
        })
        .collect();
    let blog = format!("史蒂文的家\n\n跳到主文\n\n{}\n", verse.join("\n\n"));
    let x = read_text_clipping(&blog);
    assert_ne!(x.title, verse[0]);
    assert!(x.body_text.starts_with(&verse[0]), "{}", x.body_text);
}

#[test]
fn chinese_japanese_and_korean_bylines() {
    let authors = |text: &str| match cjk_byline(text) {
        Some(Kind::Byline { authors, .. }) => Some(authors),
        _ => None,
    };
    assert_eq!(
        authors("編集委員　中沢克二"),
        Some(vec!["中沢克二".to_string()])
    );
    assert_eq!(
        authors("本报记者 张三 李四"),
        Some(vec!["张三".to_string(), "李四".to_string()])
    );
    assert_eq!(authors("记者：王五"), Some(vec!["王五".to_string()]));
    assert_eq!(authors("홍길동 기자"), Some(vec!["홍길동".to_string()]));
    // A press conference, a newspaper's reporters, a sentence: no names set apart.
    for text in [
        "記者会見",
        "新聞記者",
        "记者会上，他表示这项政策将会继续执行下去。",
    ] {
        assert_eq!(authors(text), None, "{text}");
    }
    // nikkei.com as w3m prints it: the headline over its byline, topic links, the date,
    // then the paper's reprint offer before the article.
    let headline = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否";
    let paste = format!(
        "日本経済新聞\n\n{headline}\n\n編集委員　中沢克二\n\n北朝鮮\n\nトランプ政権\n\n中国・台湾\n\n\
         2018/6/19 5:50\n\n共有\n\n日経の記事利用サービス\n\n\
         企業での記事共有や会議資料への転載・複製、注文印刷などをご希望の方は、リンク先をご覧ください。\n\n\
         保存javascript:void(0)\n共有\nその他javascript:void(0)\n\n\
         ６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと朝鮮労働党委員長の金正恩だけではなかった。\
         中国国家主席の習近平も、その一人である。会談の成否を見極めようと、北京は固唾をのんで見守っていた。\n"
    );
    let x = read_text_clipping(&paste);
    assert_eq!(x.title, headline);
    assert_eq!(x.authors, vec!["中沢克二".to_string()]);
    // The controls' labels with their link targets are no text.
    assert!(!x.body_text.contains("javascript"), "{}", x.body_text);
    assert!(
        x.body_text.ends_with("固唾をのんで見守っていた。"),
        "{}",
        x.body_text
    );
}

#[test]
fn kana_make_japanese_and_hangul_korean_among_latin_names() {
    let ja = "フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、Trend Micro \
              Smart Protection Network（SPN）と連携する。iOS/Android向けのVPN（Virtual Private \
              Network）で通信を暗号化する。";
    assert_eq!(detect_language(ja).as_deref(), Some("ja"));
    let ko = "삼성전자는 Galaxy S24 Ultra와 Galaxy Buds Pro를 San Jose에서 공개했다. 이번 \
              제품에는 Qualcomm Snapdragon 칩과 One UI가 들어갔다.";
    assert_eq!(detect_language(ko).as_deref(), Some("ko"));
    // Chinese has no kana; an English text quoting one Japanese word stays English.
    assert_eq!(
        detect_language("人工智能迈上新台阶，研究人员表示这项技术将会改变许多行业的工作方式。")
            .as_deref(),
        Some("zh")
    );
    assert_eq!(
        detect_language(
            "The word ありがとう means thank you, and travellers learn it on their first day \
             in Tokyo, along with a few other polite phrases for shops and trains."
        )
        .as_deref(),
        Some("en")
    );
}

#[test]
fn markup_printed_as_text_is_furniture_and_a_list_of_tags_is_not() {
    assert!(is_markup(
        "<div class=\"alertBox\"> <div class=\"alert\"> <i></i><p>現在<em>JavaScriptが無効</em>です。</p> </div>"
    ));
    assert!(is_markup(
        "<p>Gleiche Haarteile, gleiche Gesichter.</p> <a class=\"continue-reading\" href=\"/x\">Weiterlesen</a>"
    ));
    // A comment form's allowed tags close no element; prose that names a tag is prose.
    assert!(!is_markup(
        "<a href=\"\" title=\"\"> <abbr title=\"\"> <acronym title=\"\"> <b> <blockquote cite=\"\"> <cite> <code>"
    ));
    assert!(!is_markup(
        "Wrap the caption in <figcaption> and close it with </figcaption> inside the <figure>."
    ));
}

#[test]
fn share_buttons_in_other_languages_are_share_buttons() {
    for button in [
        "Teilen",
        "Partager",
        "Compartir",
        "ツイート",
        "共有",
        "シェアする",
        "分享到",
        "공유하기",
        "Поделиться",
        "新浪微博",
        "QQ空间",
        "打印文稿",
    ] {
        assert!(is_share(&button.to_lowercase()), "{button}");
    }
    assert!(is_related_marker("相关内容"));
    for row in [
        "teilen auf twitter",
        "partager sur facebook",
        "teilen twittern",
        "facebook twitter email",
        "share to kinja",
        "share via email",
    ] {
        assert!(is_share(row), "{row}");
    }
    assert!(!is_share("teilen sie ihre meinung mit uns"));
    assert!(!is_share(
        "share to grow as the company expands into new markets"
    ));
    assert!(!is_share("twitter sues its former owner"));
}

#[test]
fn a_comment_sections_rules_end_the_article() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: the rebels said they had taken the missile depots in the countryside around the capital after days of fighting.\n\n"))
        .collect();
    for policy in [
        "ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها. ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً.",
        "CNN welcomes a lively and courteous discussion as long as you follow the Rules of Conduct set forth in our Terms of Service.",
        "The views expressed in the comments below do not reflect those of the Daily Courier.",
    ] {
        let text = format!("Rebels seize missile depots near the capital\n\n{body}{policy}\n\nA reader wrote that the story was wrong about the depots and the dates of the fighting around them.\n");
        let out = read_text_clipping(&text);
        assert!(out.body_text.contains("Paragraph 4"), "{policy}");
        assert!(!out.body_text.contains("A reader wrote"), "{policy}");
        assert!(!out.body_text.contains(policy), "{policy}");
    }
    // A sentence of the story about a welcome is body text.
    let welcome = "The mayor welcomes a debate on the new bridge, she said on Monday at the council's meeting.";
    assert!(!is_comments_start(&welcome.to_lowercase()));
}

#[test]
fn a_videos_still_is_no_photo() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: the former president sparred with the judge and the state's lawyers for hours on the witness stand.\n\n"))
        .collect();
    let still = "WASHINGTON, DC - NOVEMBER 17: Rep. Marjorie Taylor Greene answers questions in front of the House steps. (Photo by Win McNamee/Getty Images)";
    let photo =
        "The former president in court on Monday. (Photo by Adam Gray/AFP via Getty Images)";
    let text = format!("Takeaways from the former president's contentious testimony in his civil fraud trial\n\nBy Jeremy Herb, CNN\n\nUpdated 4:48 PM EST, Mon November 6, 2023\n\n{still}\nVideo Ad Feedback\nGreene: Republican voters are sick and tired\n01:14\nNow playing\n- Source: CNN\n\n{photo}\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(
        captions_and_credits(&out),
        vec![(
            Some("The former president in court on Monday."),
            Some("Adam Gray/AFP via Getty Images")
        )]
    );
}

#[test]
fn an_author_box_copied_as_one_line_is_a_byline() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: chia seeds and goji berries are the new kale and quinoa, according to the search giant's yearly list.\n\n"))
        .collect();
    let text = format!("Subscribe\n\n  • The Plain Dealer\n  • Sun News\n\ncomments\n\nLet me Google that for you: 2014's most popular food-related searches\n\ngoogle.JPG\nYou are what you search. (The Associated Press)\nPrint\nNational Desk By National Desk The Plain Dealer\non December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM\n   View/Post Comments\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(
        out.title,
        "Let me Google that for you: 2014's most popular food-related searches"
    );
    assert_eq!(out.byline.as_deref(), Some("National Desk"));
    assert_eq!(
        captions_and_credits(&out),
        vec![(
            Some("You are what you search."),
            Some("The Associated Press")
        )]
    );
    assert_eq!(
        author_box_name("Jane Doe By Jane Doe The Plain Dealer"),
        Some("Jane Doe")
    );
    // A headline with `By` in it names no one twice.
    assert_eq!(author_box_name("Stand By Me By the River"), None);
    assert_eq!(author_box_name("Jane By Janet Roe"), None);
}

#[test]
fn a_date_under_its_label_takes_the_labels_role() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: the story went on for a long time, and the readers who followed it left many comments under every chapter.\n\n"))
        .collect();
    let date = |text: &str| {
        let out = read_text_clipping(text);
        (
            out.published.map(|d| d.normalized),
            out.modified.map(|d| d.normalized),
        )
    };
    // A work's stats as a definition list (archiveofourown.org): the day it was
    // completed is not the day it was published.
    let stats = format!("Archive of Our Own\n\nStats:\n    Published:\n        2017-08-15\n    Completed:\n        2017-12-26\n    Words:\n        67379\n\nConversations with a Cryptid\n\n{body}");
    assert_eq!(date(&stats), (Some("2017-08-15".into()), None));
    let updated = format!(
        "Archive of Our Own\n\nUpdated:\n    2017-12-26\n\nConversations with a Cryptid\n\n{body}"
    );
    assert_eq!(date(&updated), (None, Some("2017-12-26".into())));
    // A comment's date under its author (`degski says:`) dates the comment, not the post.
    let comment = format!("A post on sorting numbers fast\n\n{body}1 comment\n\n 1. degski says:\n    August 3, 2019 at 4:11 am\n\n    Nice post, thanks.\n");
    assert_eq!(date(&comment), (None, None));
}

#[test]
fn the_date_nearest_the_title_dates_it_not_a_mastheads_today() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: the talks between the two leaders went on for hours, and their advisers kept a direct line open all night.\n\n"))
        .collect();
    let nav: String = (0..12).map(|i| format!("  • Section {i}\n")).collect();
    // The masthead prints today's date over the menus; the post's own date stands at
    // its foot, out of the header's reach.
    let text = format!("The Daily Courier\n\nWednesday, 20 June 2018\n\n{nav}\nA direct line between the leaders tests the summit's promise\n\n{body}Posted 19 June 2018\n\nLeave a comment\n");
    let out = read_text_clipping(&text);
    assert_eq!(
        out.title,
        "A direct line between the leaders tests the summit's promise"
    );
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2018-06-19")
    );
}

#[test]
fn a_post_dated_at_its_foot_or_in_its_opening_is_dated() {
    let body: String = (0..5)
        .map(|i| format!("Absatz {i}: Was früher schnelle und laute Autos waren, sind heute wohl eher die umweltfreundlichen und verbrauchsarmen Modelle.\n\n"))
        .collect();
    let date = |text: &str| {
        let out = read_text_clipping(text);
        out.published.or(out.modified).map(|d| d.normalized)
    };
    let header = "Start\n\nElektromobilität, der neue Trend\n\n";
    // A blog's line under the post (kinra.de, klimawandel-global.de).
    let foot = format!("{header}{body}Autor: kinra | Artikel veröffentlicht am 16.12.2012\n\nKategorien: Überwachung, CCTV\n\nKommentar schreiben\n");
    assert_eq!(date(&foot).as_deref(), Some("2012-12-16"));
    let shared = format!("{header}{body}Tweet\n\nVon Christian am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen\n");
    assert_eq!(date(&shared).as_deref(), Some("2013-05-03"));
    // A table's rows or a list of links under the text are not its date.
    let rows = format!("{header}{body}Kriegstote des 2. Weltkrieges\n\nRath, Heribert (Herbert) Heimicke 01.09.1907 08.07.1941\n");
    assert_eq!(date(&rows), None);
    let links = format!("{header}{body}Weitere Informationen\n\n  • Information der Verbraucherzentrale NRW vom 02.01.2016\n\n  • BGB § 305\n");
    assert_eq!(date(&links), None);
    // The first paragraph opening with its date in brackets (transgen.de).
    let opening = format!("{header}(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest, die seit Jahren näher rückt.\n\n{body}");
    assert_eq!(date(&opening).as_deref(), Some("2018-01-18"));
    // Also when the page's foot gives only its last change.
    let changed = read_text_clipping(&format!("{opening}Letzte Aktualisierung: 19.01.2018\n"));
    assert_eq!(
        changed.published.map(|d| d.normalized).as_deref(),
        Some("2018-01-18")
    );
    // A sentence opening with a date tells of an event.
    let event = format!("{header}Am 18.01.2018 zitterten Deutschlands Landwirte vor der Afrikanischen Schweinepest, die seit Jahren näher rückt.\n\n{body}");
    assert_eq!(date(&event), None);
}

#[test]
fn a_date_glued_to_the_site_name_is_a_date_line() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: virtual reality has officially reached the consoles, and the headset that brings it there is extremely comfortable to wear.\n\n"))
        .collect();
    let text = format!("Markets\n\nThese are the 8 coolest PlayStation VR games\n\nBen Silverman\n\nYahoo FinanceOctober 13, 2016\n\nReblog\n\nShare\n\nPin it\n\nThe PlayStation VR\n\n{body}");
    let out = read_text_clipping(&text);
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2016-10-13")
    );
    assert_eq!(out.title, "These are the 8 coolest PlayStation VR games");
    // Only a short label before the glued date: a sentence that ends in one is prose.
    assert!(glued_date_line("Associated PressDecember 2, 2016").is_some());
    assert!(glued_date_line(
        "The ministry announced the results on the evening ofDecember 2, 2016"
    )
    .is_none());
    assert!(glued_date_line("McDonald").is_none());
    // A CJK site's name and its date and time, all glued (qq.com's `TNW中文站…`).
    assert_eq!(
        glued_date_line("TNW中文站2016年10月14日07:17").map(|(_, d)| d.normalized),
        Some("2016-10-14".to_string())
    );
    assert!(glued_date_line("Windows10 and 11").is_none());
    // A section and a date both set in capitals (Wired's `BUSINESSNOV 7, 2023 2:00 AM`).
    assert_eq!(
        glued_date_line("BUSINESSNOV 7, 2023 2:00 AM").map(|(_, d)| d.normalized),
        Some("2023-11-07".to_string())
    );
    assert!(glued_date_line("GRAMMAR RULES 7, 2023").is_none());
    assert!(glued_date_line("NOV 7, 2023").is_none());
}

#[test]
fn a_sponsor_named_after_its_phrase_is_not_the_title() {
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: whale whisperer Hori Parata was just seven years old when he attended his first mass stranding on the coast.\n\n"))
        .collect();
    let title = "'What is the sea telling us?': Māori tribes fearful over whale strandings";
    let text = format!("{title}\n\nSeascape: the state of our oceans\n\n{title}\n\nSeascape: the state of our oceans is supported by\n\nThe David and Lucile Packard Foundation About this content\n\nThu 3 Jan 2019 02.00 EST\n\n{body}");
    assert_eq!(read_text_clipping(&text).title, title);
    // The sponsor is a logo, and the headline follows the phrase: still the headline.
    let text = format!("US & Canada is sponsored by\n\nObama admits US gun laws are his 'biggest frustration'\n\n24 July 2015\n\n{body}");
    assert_eq!(
        read_text_clipping(&text).title,
        "Obama admits US gun laws are his 'biggest frustration'"
    );
}

#[test]
fn a_copied_menus_last_entry_is_not_the_title() {
    // A BBC page copied out of a browser (WebKit's innerText of the corpus page): its
    // navigation bars one entry a line with no blank line between, printed twice, the
    // last entry (`Have Your Say`) a few lines above the headline and its date.
    let text = include_str!("../../../../../tests/fixtures/clippings/bbc-obama-browser-copy.txt");
    assert_eq!(
        read_text_clipping(text).title,
        "Obama admits US gun laws are his 'biggest frustration'"
    );
    let units = read_units(text);
    let entry = units
        .iter()
        .rposition(|u| u.text == "Have Your Say")
        .unwrap();
    assert!(in_a_copied_menu(&units, entry));
    // A short headline right under a breadcrumb, its date under it, is no menu entry.
    let text = "News\nWorld\nEurope\nGoats rule island\n24 July 2015\n";
    assert!(!in_a_copied_menu(&read_units(text), 3));
    // Set apart by blank lines, short lines are no menu.
    let text = "Weather\n\nVideo\n\nWorld\n\nHave Your Say\n";
    assert!(!in_a_copied_menu(&read_units(text), 3));
}

#[test]
fn an_articles_header_is_no_stack_of_teasers() {
    // The Herald Sun's header copied out of a browser: headline, byline, the paper it
    // came from, date, a caption, the standfirst. `From: Herald Sun` read as a second
    // headline made three teaser cards of it, and the headline navigation.
    let body: String = (0..6)
        .map(|i| format!("Paragraph {i}: the roadshow featured the Prime Minister's national security adviser, who met executives of the television networks and the newspapers this week.\n\n"))
        .collect();
    let text = format!(
        "Opinion\n\nLaurie Oakes\n\n\nAngry media won’t buckle over new surveillance laws\n\n\
         by: Laurie Oakes\nFrom: Herald Sun\nMarch 13, 2015 9:00PM\n\n\
         A new Bill would require telecommunications service providers to store so-called \
         ‘metadata’ for two years. Source: Supplied\n\n\
         A HIGH-powered federal government team has been doing the rounds of media \
         organisations in the past few days.\n\n{body}"
    );
    let x = read_text_clipping(&text);
    assert_eq!(
        x.title,
        "Angry media won’t buckle over new surveillance laws"
    );
    assert!(x.body_text.contains("A HIGH-powered"), "{}", x.body_text);
}

#[test]
fn teasers_under_a_related_heading_give_neither_title_nor_byline() {
    let body: String = (0..5)
        .map(|i| format!("Paragraphe {i} : un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche.\n\n"))
        .collect();
    let text = format!("Accueil ›\n\nMonde\n\nUn troisième Français mort dans le séisme au Népal\n\nAFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\n\nLaurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.\n\nSur le même sujet\n\nReportage\n\nA Katmandou, exode sous pression\n\nPar Sébastien Farcis\n\nNépal : «Plus les heures passent, moins on est utiles»\n\nPar Laurence Defranoux\n\n{body}La Une du 30 avril 2015\n");
    let out = read_text_clipping(&text);
    assert_eq!(
        out.title,
        "Un troisième Français mort dans le séisme au Népal"
    );
    assert_eq!(out.byline.as_deref(), Some("AFP"));
    assert_eq!(
        out.published.map(|d| d.normalized).as_deref(),
        Some("2015-04-30")
    );
    // A particle never ends a name: the front page of a day is no author.
    assert!(!is_name("La Une du"));
    assert!(is_name("Jean-Marie Le Pen"));
    // Unless it is a surname of its own, capitalised, and a date may follow it.
    assert!(is_name("Thuy Le"));
    assert!(!is_name("Thuy le"));
    for line in [
        "By Jane Le",
        "By Jane Le 2 August 2020",
        "By Jane Le, 2 August 2020",
        "Jane Le 2 August 2020",
        "Jane Le | 2 August 2020",
    ] {
        let out = read_text_clipping(&format!(
            "Floods close the river road for a week\n\n{line}\n\nThe river road between the \
             two towns was closed on Monday after the floods, and it will stay closed for at \
             least a week, the council said.\n\nEngineers will inspect the bridge on \
             Tuesday, and the council will decide then whether the road can open early.\n"
        ));
        assert_eq!(out.authors, vec!["Jane Le"], "{line}");
    }
    let out = read_text_clipping(
        "Un pont fermé pour une semaine\n\nPar Jean Dupont Le 2 août 2020\n\nLa route \
         du fleuve entre les deux villes a été fermée lundi après les crues, et elle le \
         restera au moins une semaine, a indiqué la mairie.\n",
    );
    assert_eq!(out.authors, vec!["Jean Dupont"]);
    // Copied out of a graphical browser the box has no blank lines and runs into the
    // article: each teaser is a kicker, a headline and its byline.
    let copied = format!("Accueil\nMonde\nUn troisième Français mort dans le séisme au Népal\nAFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\nFacebook\nTwitter\nLaurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.\nSur le même sujet\nReportage\nA Katmandou, exode sous pression\nPar Sébastien Farcis\ninterview\nNépal : «Plus les heures passent, moins on est utiles»\nPar Laurence Defranoux\n{body}");
    let out = read_text_clipping(&copied);
    assert_eq!(
        out.title,
        "Un troisième Français mort dans le séisme au Népal"
    );
    assert_eq!(out.byline.as_deref(), Some("AFP"));
    let related: Vec<&str> = out.related.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(
        related,
        vec![
            "A Katmandou, exode sous pression",
            "Népal : «Plus les heures passent, moins on est utiles»"
        ]
    );
}

#[test]
fn a_deck_without_its_full_stop_stays_under_the_headline() {
    let body: String = (0..5)
        .map(|i| format!("Parágrafo {i}: o técnico Tite, da seleção brasileira, admitiu nesta terça-feira que errou ao levar a taça até o ex-presidente.\n\n"))
        .collect();
    let headline = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012";
    let deck = "Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente";
    let text = format!("Esporte\n\n{headline}\n\n{deck}\n\n{body}");
    assert_eq!(read_text_clipping(&text).title, headline);
    // A one-word kicker above a sentence-case headline: the headline is no deck.
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: the German capital has launched a five-year project to mark its part in European colonialism, renaming streets.\n\n"))
        .collect();
    let text = format!("News\n\nSports\n\nTOP STORIES / Germany\n\nAdvertisement\n\nGermany\n\nBerlin confronts Germany's colonial past with new initiative\n\n{body}");
    assert_eq!(
        read_text_clipping(&text).title,
        "Berlin confronts Germany's colonial past with new initiative"
    );
    // Like buttons are page controls, in any language.
    let text = format!("Sdílet článek\n\nTo se mi líbí\n\n{headline}\n\nAleš Vávra\n\n{body}");
    assert_eq!(read_text_clipping(&text).title, headline);
}

#[test]
fn the_readers_comments_after_the_article_are_not_the_article() {
    let article: String = (0..8)
        .map(|i| format!("Die Tasche Nummer {i} wird in Handarbeit gefertigt und trägt ein Artefakt einer berühmten Designerin, das ihr eine Geschichte gibt, die keine andere Tasche erzählt.\n\n"))
        .collect();
    let comments: String = (0..40)
        .map(|i| format!("Leserin {i}\n\n5. Juni 2019 / 6:16\n\nLiebe Martina,\n\nda hast du wirklich eine einzigartige Tasche vorgestellt, und ich danke dir sehr herzlich für diesen schönen und ausführlichen Bericht über die Tasche.\n\nViele liebe Grüße und ein schönes langes Wochenende wünsche ich dir und deiner Familie von Herzen.\n\nAntworten\n\n"))
        .collect();
    let text = format!("Startseite\n\nMode\n\nDie Tasche mit Geschichte\n\n{article}Teilen:\n\n10 Kommentare\n\n{comments}Schreibe einen Kommentar\n");
    let out = read_text_clipping(&text);
    assert!(
        out.body_text.contains("Die Tasche Nummer 7"),
        "{}",
        out.body_text
    );
    assert!(
        !out.body_text.contains("Liebe Martina"),
        "{}",
        out.body_text
    );

    // A comment counter under the headline, with the article after it and teasers
    // before it: the article is after the counter.
    let teasers: String = (0..6)
        .map(|i| format!("Teaser {i}: another story about something else entirely, told in a sentence or two for readers who scroll.\n\n"))
        .collect();
    let story: String = (0..6)
        .map(|i| format!("MOSCOW (AP) paragraph {i}: an unmanned Russian cargo spaceship heading to the International Space Station broke up in the sky over Siberia on Thursday.\n\n"))
        .collect();
    let text = format!("{teasers}Russia: Space ship malfunctions\n\n11 Comments\n\n{story}");
    let out = read_text_clipping(&text);
    assert!(out.body_text.contains("paragraph 5"), "{}", out.body_text);
}

#[test]
fn seed_telesur_kosovo() {
    let x = read_text_clipping(SEED);
    assert_eq!(
        x.title,
        "Russia Asks for Respect for Serbs Residing in Kosovo"
    );
    assert_eq!(x.section, vec!["News".to_string(), "World".to_string()]);
    assert!(
        matches!(x.genre.as_deref(), None | Some("news")),
        "{:?}",
        x.genre
    );
    assert_eq!(
        x.published.as_ref().map(|d| d.normalized.as_str()),
        Some("2022-08-01")
    );
    assert_eq!(x.modified, None);
    assert_eq!(
        x.standfirst.as_deref(),
        Some("Strong tensions on the Kosovo-Serbia border emerged as a result of the attempt to ban Serb documents and license plates in Kosovo.")
    );
    assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
    assert_eq!(
        x.photos[0].caption.as_deref(),
        Some("Security forces at the Kosovo border, July 31, 2022.")
    );
    assert_eq!(
        x.photos[0].credit.as_deref(),
        Some("Twitter/ @AmirAlexanderR7")
    );
    assert_eq!(x.photos[0].url, None);
    assert_eq!(x.photos[0].bytes, None);
    assert_eq!(x.related.len(), 1, "{:?}", x.related);
    assert_eq!(
        x.related[0].title,
        "Serbia-Kosovo Tension; Russia Claims Provocation by the West"
    );
    let paragraphs: Vec<&str> = x.body_text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 8, "{paragraphs:#?}");
    assert!(x.body_text.starts_with(
        "On Monday, Kremlin spokesman Dmitri Peskov requested respect for the rights of Serbs residing in Kosovo"
    ));
    assert!(x.body_text.ends_with(
        "Since 2011, Kosovo and Serbia have had difficult and unsuccessful negotiations to normalize their relations."
    ));
    for bad in [
        "Audio Only",
        "google plus",
        "facebook",
        "RELATED:",
        "Post with no comments.",
        "Comments",
        "News > World",
        "Security forces at the Kosovo border",
        "Photo: Twitter",
        "Opinion",
    ] {
        assert!(!x.body_text.contains(bad), "body contains {bad:?}");
        assert!(!x.body_html.contains(bad), "body_html contains {bad:?}");
    }
    assert_eq!(x.body_html.matches("<p>").count(), 8);
    assert!(x.body_html.contains("&quot;to be reasonable&quot;"));
    assert_eq!(x.language.as_deref(), Some("en"));
    assert_eq!(x.byline, None);
    assert!(x.authors.is_empty());
    assert_eq!(x.site_name, None);
    assert_eq!(x.url, None);
}

/// A small article around `header`, with enough body to be found.
/// The bridge story's page (menu, headline, `body`, comment footer), read.
#[test]
fn an_address_on_the_first_line_is_the_pages() {
    let title = "City Shuts Old Bridge After Cracks Found";
    let address = "https://www.citypost.example/news/2026/12/05/bridge-closed?ref=home";
    let pasted = format!("{address}\n\n{}", page(title, &[P1, P2, P3]));
    let x = read_text_clipping(&pasted);
    assert_eq!(x.url.as_deref(), Some(address));
    assert_eq!(x.title, title);
    assert!(!x.body_text.contains("https://"), "{}", x.body_text);
    // Further down, a bare address is a link the article prints, and stays in its text.
    let report = "https://www.citypost.example/files/bridge-report.pdf";
    let x = bridge(&[P1, "Read the engineers' report:", report, P2, P3]);
    assert_eq!(x.url, None);
    assert!(x.body_text.contains(report), "{}", x.body_text);
    // Not an address of a page: a bare word, a local name, another scheme.
    for first in [
        "localhost",
        "http://intranet/story",
        "ftp://files.example/a.txt",
    ] {
        let x = read_text_clipping(&format!("{first}\n\n{}", page(title, &[P1, P2, P3])));
        assert_eq!(x.url, None, "{first}");
    }
}

fn bridge(body: &[&str]) -> Extracted {
    read_text_clipping(&page("City Shuts Old Bridge After Cracks Found", body))
}

/// Each photo record's caption and credit, in order.
fn captions_and_credits(x: &Extracted) -> Vec<(Option<&str>, Option<&str>)> {
    x.photos
        .iter()
        .map(|p| (p.caption.as_deref(), p.credit.as_deref()))
        .collect()
}

/// A line of its own, before it is classified.
fn short_unit(text: &str) -> Unit {
    Unit {
        text: text.to_string(),
        bulleted: false,
        number: None,
        indent: 0,
        blank_before: true,
        kind: Kind::Short,
    }
}

fn page(header: &str, body: &[&str]) -> String {
    let mut s = String::from("  • Home\n  • World\n  • Sport\n\n");
    s.push_str(header);
    s.push_str("\n\n");
    for p in body {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.push_str("Comments\nLeave a comment\n");
    s
}

const P1: &str = "The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.";
const P2: &str = "Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.";
const P3: &str = "The mayor said repairs would start in the spring and last at least eighteen months, with a ferry service in the meantime.";
const P4: &str = "Local businesses on both banks fear they will lose customers while the bridge is closed, and have asked for support.";

#[test]
fn a_chinese_trail_becomes_the_section_without_home_and_text() {
    let x = read_text_clipping(&story(
        "首页 >> 教育资讯 >> 教育新闻 >> 正文\n\nCity Shuts Old Bridge After Cracks Found",
    ));
    assert_eq!(x.section, ["教育资讯", "教育新闻"]);
    // Arrows both ways switch between versions of the text.
    assert_eq!(breadcrumb("ひらがな　←→　日本語・英語　←→　English"), None);
}

#[test]
fn breadcrumb_becomes_section() {
    let x = read_text_clipping(&page(
        "Home › Politics › Europe\n\nCity Shuts Old Bridge After Cracks Found",
        &[P1, P2, P3],
    ));
    assert_eq!(x.section, vec!["Politics", "Europe"]);
    assert_eq!(x.genre, None);
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(!x.body_text.contains('›'));
    // A weather widget's reading (yna.co.kr) is no breadcrumb.
    assert_eq!(breadcrumb("Partly Sunny 17.3℃ 16° / 28°"), None);
    assert_eq!(breadcrumb("Rain 60% / Wind 12 km/h"), None);
}

#[test]
fn the_headline_printed_in_the_top_bar_is_no_summary_under_a_kicker() {
    // Libération's page copied out of a browser: its top bar prints the headline (cut
    // with `…`, so read as prose), then the kicker stands over the headline again. The
    // headline under the kicker is no one-sentence summary: the page prints it twice.
    let headline = "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…";
    let body = [
        "Séries, documentaires, programmes jeunesse… Retrouvez les recommandations de Libération pour savoir quoi regarder cette semaine sur vos écrans.",
        "Pour dépasser le tabac",
        "Vape Wave (documentaire, 1h28, Planète+)",
        "Pendant quelques jours, le doute a plané sur la cigarette électronique dans les lieux publics. Le documentaire Vape Wave suit ceux qui ont arrêté de fumer grâce à elle, et leurs combats.",
        "Si le film part un peu dans tous les sens, il a le mérite de défendre une cause. On y croise des médecins, des vendeurs et des anciens fumeurs.",
        "Pour revivre un siège",
        "Le film raconte le siège de l'ambassade d'Iran à Londres en 1980. Les six jours de la prise d'otages sont filmés comme un thriller, sans temps mort.",
        "Pour rire de la politique",
        "La série suit un sénateur devenu président par accident. Elle moque le pouvoir avec une tendresse rare, et ses acteurs sont excellents.",
    ]
    .join("\n\n");
    let text = format!(
        "Menu \n \n \n   Connexion Abonnement\n \n{headline}\nFrance\nPlanète\nIdées\nCulture\nChecknews\n\n\
         Sur vos écrans cette semaine\n{headline}\n\
         Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42\n \n\
         «Vape Wave», «6 Days», «Alphonse président» et «Braguino» DR\n \n\n{body}\n"
    );
    let out = read_text_clipping(&text);
    assert_eq!(out.title, headline);
}

#[test]
fn an_authors_name_over_the_dateline_over_the_headline() {
    // Wired copied out of a browser: the author in capitals, the section glued to the
    // date, the headline, and under the article a line about the author.
    let body: String = (0..5)
        .map(|i| format!("Paragraph {i}: checkpoints and cameras now ring the towns, and residents say they have been locked in for days at a time since the war began.\n\n"))
        .collect();
    let header = "TOM BENNETT\n\nBUSINESSNOV 7, 2023 2:00 AM\nIntensified Surveillance Has Put the West Bank on Lockdown\n";
    let bio = "Tom Bennett is a freelance reporter focusing on extremism and conflict.\n";
    let x = read_text_clipping(&format!("{header}\n{body}{bio}"));
    assert_eq!(
        x.title,
        "Intensified Surveillance Has Put the West Bank on Lockdown"
    );
    assert_eq!(x.authors, vec!["Tom Bennett"]);
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2023-11-07")
    );
    // A section's label over the date is named nowhere else: no author.
    let header = "WORLD NEWS\n\nNOV 7, 2023 2:00 AM\nIntensified Surveillance Has Put the West Bank on Lockdown\n";
    let x = read_text_clipping(&format!("{header}\n{body}"));
    assert!(x.authors.is_empty(), "{:?}", x.authors);
}

#[test]
fn a_trail_copied_without_its_drawn_separators() {
    // A browser copies no CSS-drawn `›` between the steps: `Home` and the menu's items
    // are glued into a line that reads like a short headline.
    let menu = "News\nLeague of Legends\nMobile Legends\nValorant\nCommunity\nWorld";
    let x = read_text_clipping(&page(
        &format!("{menu}\n\nHome League of Legends\n\nFaker Wins a Fourth Title"),
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Faker Wins a Fourth Title");
    assert_eq!(x.section, vec!["League of Legends"]);
    let x = read_text_clipping(&page(
        &format!("{menu}\n\nHome News World\n\nFaker Wins a Fourth Title"),
        &[P1, P2, P3],
    ));
    assert_eq!(x.section, vec!["News", "World"]);
    // Words after `Home` that are not the menu's are a headline's.
    let x = read_text_clipping(&page(
        &format!("{menu}\n\nHome Owners Face Higher Rates"),
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Home Owners Face Higher Rates");
    assert!(x.section.is_empty());
}

#[test]
fn the_bbcs_caption_and_source_labels() {
    // Current pages: the credit above the caption, both labelled for screen readers.
    let x = bridge(&[
        P1,
        "Image source, Getty Images",
        "Image caption, Traffic was diverted over the river on Tuesday",
        P2,
        P3,
    ]);
    assert_eq!(
        captions_and_credits(&x),
        vec![(
            Some("Traffic was diverted over the river on Tuesday"),
            Some("Getty Images")
        )]
    );
    assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
    // Older pages: `Image copyright`, an unpunctuated label, a video's `Media caption`,
    // a picture with a source and no caption, and the section's link under the date.
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\n24 July 2015\nFrom the section England",
        &[
            "Media caption The mayor spoke to reporters on Tuesday",
            P1,
            "Image copyright PA",
            "Image caption Engineers found cracks in two supports",
            P2,
            "Image source, Reuters",
            P3,
        ],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert_eq!(
        captions_and_credits(&x),
        vec![
            (Some("The mayor spoke to reporters on Tuesday"), None),
            (Some("Engineers found cracks in two supports"), Some("PA")),
            (None, Some("Reuters")),
        ]
    );
    assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
}

#[test]
fn share_buttons_in_a_language_without_share_words() {
    // Each button prints one label ("this page") and a network; then the label alone
    // and its e-mail button in the page's language.
    let bar = [
        "Hii ukurasa Facebook",
        "Hii ukurasa Messenger",
        "Hii ukurasa Twitter",
        "Hii ukurasa",
        "Hii ukurasa barua",
        "Funga ukurasa huu",
    ];
    let units = read_units(&page(
        &format!(
            "City Shuts Old Bridge After Cracks Found\n\n24 July 2015\n\n{}",
            bar.join("\n\n")
        ),
        &[P1, P2, P3],
    ));
    let kind = |line: &str| {
        units
            .iter()
            .find(|u| u.text == line)
            .map(|u| u.kind.clone())
    };
    for button in &bar[..5] {
        assert_eq!(kind(button), Some(Kind::Share), "{button}");
    }
    assert_eq!(kind("Funga ukurasa huu"), Some(Kind::Short));
    // Two headlines that end with a network's name are no share bar.
    let units = read_units("My Year Without Facebook\n\nMy Year Without Twitter\n\n");
    assert!(units.iter().all(|u| u.kind != Kind::Share));
}

#[test]
fn the_bbcs_labels_in_its_other_languages() {
    // BBC Mundo, BBC Persian (its comma is Arabic's) and BBC Burmese's older pages
    // (an unpunctuated credit label over an English caption label).
    for (source, caption) in [
        (
            "Fuente de la imagen, Getty Images",
            "Pie de foto, El puente, cerrado el martes",
        ),
        (
            "منبع تصویر، Getty Images",
            "توضیح تصویر، El puente, cerrado el martes",
        ),
        (
            "ဓာတ်ပုံ မူပိုင် Getty Images",
            "Image caption El puente, cerrado el martes",
        ),
    ] {
        let x = bridge(&[P1, source, caption, P2, P3]);
        assert_eq!(
            captions_and_credits(&x),
            vec![(Some("El puente, cerrado el martes"), Some("Getty Images"))],
            "{source}"
        );
        assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
    }
}

#[test]
fn caption_credit_variants() {
    let cases = [
        (
            "A man walks past. | Photo: Twitter/ @user",
            "A man walks past.",
            "Twitter/ @user",
        ),
        (
            "Firefighters at the scene (Reuters)",
            "Firefighters at the scene",
            "Reuters",
        ),
        (
            "Crowds gather. Photo by Jane Roe/Getty Images",
            "Crowds gather.",
            "Jane Roe/Getty Images",
        ),
        (
            "The minister speaks. Photograph: John Roe/AP",
            "The minister speaks.",
            "John Roe/AP",
        ),
        (
            "A new Bill would require providers to store metadata. Source: Supplied",
            "A new Bill would require providers to store metadata.",
            "Supplied",
        ),
        (
            "Protesters outside parliament on Tuesday. Source: AFP",
            "Protesters outside parliament on Tuesday.",
            "AFP",
        ),
        (
            "The harbour at dawn. Credit: Ana Lima",
            "The harbour at dawn.",
            "Ana Lima",
        ),
        (
            "A protest in the square. Image: EPA",
            "A protest in the square.",
            "EPA",
        ),
        (
            "The old bridge at night © Jane Roe",
            "The old bridge at night",
            "Jane Roe",
        ),
        (
            "You are what you search. (The Associated Press)",
            "You are what you search.",
            "The Associated Press",
        ),
        (
            "The president at the summit (AP Photo/Evan Vucci)",
            "The president at the summit",
            "AP Photo/Evan Vucci",
        ),
        (
            "Rescue teams at the quarry (Kyodo)",
            "Rescue teams at the quarry",
            "Kyodo",
        ),
        // Getty's wire captions, AFP's credit chain after the sentence.
        (
            "Putin arrives at Ube airport on December 15, 2016. (Photo credit should read KOJI SASAHARA/AFP/Getty Images)",
            "Putin arrives at Ube airport on December 15, 2016.",
            "KOJI SASAHARA/AFP/Getty Images",
        ),
        (
            "Supporters cheer in New York on November 9, 2016. / AFP / JIM WATSON (Photo credit should read JIM WATSON/AFP/Getty Images)",
            "Supporters cheer in New York on November 9, 2016.",
            "JIM WATSON/AFP/Getty Images",
        ),
        // A slash that names no part of the credit stays.
        (
            "Rates rose in the spring. / Analysis Photo: Ann Poe",
            "Rates rose in the spring. / Analysis",
            "Ann Poe",
        ),
        // Caption and credit elements copied side by side, with no space between.
        (
            "The sun rises over an oil field near Lost Hills, California.David McNew—Getty Images",
            "The sun rises over an oil field near Lost Hills, California.",
            "David McNew—Getty Images",
        ),
        (
            "Rescuers search the rubble in Antakya on Tuesday.Jane Roe/AP",
            "Rescuers search the rubble in Antakya on Tuesday.",
            "Jane Roe/AP",
        ),
        (
            "Security forces near a checkpoint on October 11, 2023.PHOTOGRAPH: JANE ROE/GETTY IMAGES",
            "Security forces near a checkpoint on October 11, 2023.",
            "JANE ROE/GETTY IMAGES",
        ),
    ];
    for (line, caption, credit) in cases {
        let got = caption_credit(line);
        assert_eq!(
            got,
            Some((caption.to_string(), credit.to_string())),
            "{line}"
        );
    }
    assert_eq!(
        caption_credit("Troops on a street in Harare Credit: STR/AFP"),
        Some((
            "Troops on a street in Harare".to_string(),
            "STR/AFP".to_string()
        ))
    );
    assert_eq!(caption_credit(P1), None);
    // A chart's source after a paragraph is the figures', not a picture's.
    assert_eq!(
        caption_credit("Unemployment rose to 4.2 per cent in the quarter. Source: ONS"),
        None
    );
    // Glued sentences without an agency at the end are no caption.
    assert_eq!(
        caption_credit("The vote was close.Jane Roe said she would appeal the result"),
        None
    );
    assert_eq!(
        caption_credit("He said the photo: was fake and that nobody believed it anyway"),
        None
    );
    // A photographer and the outlet in brackets after the caption's sentence.
    assert_eq!(
        caption_credit("Bassi and his crew left the day after Easter for Alaska. (Ellen M. Banner / The Seattle Times)"),
        Some((
            "Bassi and his crew left the day after Easter for Alaska.".to_string(),
            "Ellen M. Banner / The Seattle Times".to_string()
        ))
    );
    // An aside in brackets is not one.
    assert_eq!(
        caption_credit("The council voted to close the bridge. (See our map / timeline)"),
        None
    );
}

#[test]
fn the_new_york_times_unlabelled_credit() {
    let cases = [
        (
            "Workers at a training center in Queens.CreditChang W. Lee/The New York Times",
            "Workers at a training center in Queens.",
            "Chang W. Lee/The New York Times",
        ),
        (
            "Debt could surpass the budget in 2023.CreditCreditJeon Heon-Kyun/EPA, via Shutterstock",
            "Debt could surpass the budget in 2023.",
            "Jeon Heon-Kyun/EPA, via Shutterstock",
        ),
        (
            "Peacekeepers at a camp in Sudan on Monday. Credit Ashraf Shazly/Agence France-Presse — Getty Images",
            "Peacekeepers at a camp in Sudan on Monday.",
            "Ashraf Shazly/Agence France-Presse — Getty Images",
        ),
    ];
    for (line, caption, credit) in cases {
        assert_eq!(
            caption_credit(line),
            Some((caption.to_string(), credit.to_string())),
            "{line}"
        );
    }
    // A bank after a full stop is prose, not a credit.
    assert_eq!(
        caption_credit("Shares fell sharply. Credit Suisse said it would cut jobs."),
        None
    );
}

#[test]
fn alt_text_worded_like_its_caption_is_no_paragraph() {
    let x = read_text_clipping(&page(
        "Zugverkehr: Im ICE von Frankfurt nach Barcelona\n\nAnmelden / Registrieren\n\nPublished 3 March 2023",
        &[
            "Zugverkehr: Ein Zug in England. Zugreisen durch europäische Länder sind oft anstrengend und teuer.\nEin Zug in England: Zugreisen durch europäische Länder sind oft anstrengend und teuer. © Ben Stansall/AFP/Getty Images",
            P1,
            P2,
            P3,
        ],
    ));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert_eq!(x.photos.len(), 1);
    assert_eq!(
        x.photos[0].alt.as_deref(),
        Some("Zugverkehr: Ein Zug in England. Zugreisen durch europäische Länder sind oft anstrengend und teuer.")
    );
    assert_eq!(
        x.photos[0].credit.as_deref(),
        Some("Ben Stansall/AFP/Getty Images")
    );
    // Sign-in controls side by side are no section path.
    assert!(x.section.is_empty(), "{:?}", x.section);
}

#[test]
fn a_caption_printed_twice_is_one_photo() {
    let caption = "Whole Foods touted a price cut on halibut as part of an announcement. (Ellen M. Banner / The Seattle Times)";
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[P1, caption, P2, caption, P3],
    ));
    assert_eq!(
        captions_and_credits(&x),
        vec![(
            Some("Whole Foods touted a price cut on halibut as part of an announcement."),
            Some("Ellen M. Banner / The Seattle Times")
        )]
    );
    assert_eq!(
        crate::sanitize::photo_markers(&x.body_html),
        vec![0],
        "{}",
        x.body_html
    );
    // A short label under several pictures names several photos.
    let label = "Screenshot Whatsapp. Foto: Recherche/privat";
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[P1, label, P2, label, P3],
    ));
    assert_eq!(x.photos.len(), 2, "{:?}", x.photos);
}

#[test]
fn a_credit_on_a_line_of_its_own_belongs_to_the_photo_before_it() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            "Photo\n[bridge-2023]\nCredit Harry Campbell",
            P2,
            "CreditKevin Frayer/Getty Images",
            P3,
            "Credit Suisse",
            P1,
        ],
    ));
    let credits: Vec<_> = x.photos.iter().map(|p| p.credit.as_deref()).collect();
    assert_eq!(
        credits,
        vec![Some("Harry Campbell"), Some("Kevin Frayer/Getty Images")],
        "{:?}",
        x.photos
    );
    assert!(x.photos.iter().all(|p| p.caption.is_none()));
    for gone in ["Harry Campbell", "Kevin Frayer", "bridge-2023"] {
        assert!(!x.body_text.contains(gone), "{gone}: {}", x.body_text);
    }
    // Not after a picture, and spaced: a sub-heading about a bank.
    assert!(x.body_text.contains("Credit Suisse"), "{}", x.body_text);

    // A caption printed twice (the picture's alt text, then its caption) over a labelled
    // credit: one photo record with both.
    let caption = "The old bridge, once thought doomed by its cracks.";
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            caption,
            caption,
            "Photograph by Ed Marsh, City Archive",
            P2,
            P3,
        ],
    ));
    assert_eq!(
        captions_and_credits(&x),
        vec![(Some(caption), Some("Ed Marsh, City Archive"))]
    );
    assert!(!x.body_text.contains("doomed"), "{}", x.body_text);
}

#[test]
fn a_bracketed_or_copyright_credit_is_a_credit_of_its_own() {
    // Nothing but a bracket or a sign before the label: no caption `(` or `©`.
    for line in [
        "(Foto: Christian Charisius/dpa)",
        "© Foto: Johanna Link / Donna Magazin",
        "(Credit: iStock)",
        "Photo Credit: Catwalkpictures",
    ] {
        assert_eq!(caption_credit(line), None, "{line}");
    }
    // The agency's copyright before the photographer's label: both are the credit.
    assert_eq!(
        caption_credit(
            "Der Virologe Christian Drosten © picture alliance/dpa Foto: Christophe Gateau"
        ),
        Some((
            "Der Virologe Christian Drosten".to_string(),
            "picture alliance/dpa Foto: Christophe Gateau".to_string()
        ))
    );
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            // A picture with a credit and no caption, under a paragraph of the body.
            "(Bild: Gunnar Pippel/Shutterstock)",
            P2,
            // The picture's title, its caption, then its credit (Süddeutsche Zeitung).
            "Premiere of the night ferry",
            "A ferry will carry cars across the river while the bridge is repaired.",
            "(Foto: Christian Charisius/dpa)",
            P3,
            // The same under the text browser's placeholder for the picture.
            "[ferry-2023]",
            "The ferry's first crossing.",
            "(Bild: Hersteller)",
            P1,
            "(Credit: iStock)",
            P4,
        ],
    ));
    let photos = captions_and_credits(&x);
    assert_eq!(
        photos,
        vec![
            (None, Some("Gunnar Pippel/Shutterstock")),
            (
                Some("A ferry will carry cars across the river while the bridge is repaired."),
                Some("Christian Charisius/dpa")
            ),
            (Some("The ferry's first crossing."), Some("Hersteller")),
            (None, Some("iStock")),
        ]
    );
    for kept in [P1, P2, P3, P4] {
        assert!(x.body_text.contains(kept), "{kept}: {}", x.body_text);
    }
    for gone in ["Pippel", "A ferry will carry", "Charisius", "iStock"] {
        assert!(!x.body_text.contains(gone), "{gone}: {}", x.body_text);
    }
}

#[test]
fn a_line_that_goes_on_from_an_alt_text_is_no_caption() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            // A picture's alt text, then its caption with the credit after a bullet.
            "The old bridge at dusk",
            "The old bridge at dusk• Crédits : Getty",
            P2,
            // A heading whose paragraph opens with its words, as an author's box does.
            "Ferry Service",
            "Ferry Service is the company that will carry cars across the river until the bridge opens again in two years.",
            P3,
        ],
    ));
    let photos = captions_and_credits(&x);
    assert_eq!(
        photos,
        vec![(Some("The old bridge at dusk"), Some("Getty"))]
    );
    assert!(
        x.body_text.contains("is the company that will carry cars"),
        "{}",
        x.body_text
    );
    assert!(!reads_as_credit_after_alt("s haben die wichtige Aufgabe"));
    assert!(!reads_as_credit_after_alt(
        ": \"The Last Parklet of Stuttgart\""
    ));
    assert!(!reads_as_credit_after_alt(
        " studierte in Dresden und Boston."
    ));
    assert!(reads_as_credit_after_alt(
        " SalzburgerLand Tourismus / Markus Greber"
    ));
    assert!(reads_as_credit_after_alt(" evgenyb/iStock/Getty Images"));
    assert!(reads_as_credit_after_alt("."));
}

#[test]
fn captions_leave_the_body() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            "The bridge seen from the river. Photograph: Jane Roe/AP",
            P2,
            P3,
        ],
    ));
    assert_eq!(x.photos.len(), 1);
    assert_eq!(x.photos[0].credit.as_deref(), Some("Jane Roe/AP"));
    assert!(!x.body_text.contains("Photograph"));
    assert_eq!(x.body_text.split("\n\n").count(), 3);
    // The photo stays where its caption was: between the first two paragraphs.
    let blocks: Vec<&str> = x.body_html.split('\n').collect();
    assert_eq!(blocks.len(), 4, "{}", x.body_html);
    assert!(blocks[0].starts_with("<p>"));
    assert_eq!(blocks[1], crate::sanitize::photo_marker(0));
    assert_eq!(crate::sanitize::photo_markers(&x.body_html), vec![0]);
}

#[test]
fn a_caption_above_the_body_is_the_lead_photo_not_placed_in_it() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023\n\nThe bridge seen from the river. Photograph: Jane Roe/AP",
        &[P1, P2, "Engineers at work. Photo: John Doe/Reuters", P3],
    ));
    assert_eq!(x.photos.len(), 2, "{:?}", x.photos);
    // Only the second caption sits between paragraphs.
    assert_eq!(crate::sanitize::photo_markers(&x.body_html), vec![1]);
    let marker = x.body_html.find(&crate::sanitize::photo_marker(1)).unwrap();
    let p2 = x.body_html.find(&escape_html(&P2[..20])).unwrap();
    let p3 = x.body_html.find(&escape_html(&P3[..20])).unwrap();
    assert!(p2 < marker && marker < p3, "{}", x.body_html);
}

#[test]
fn alt_text_then_caption() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[P1, "Cracked support\nCracked support (Jane Roe)", P2, P3],
    ));
    assert_eq!(x.photos.len(), 1, "{:?}", x.photos);
    assert_eq!(x.photos[0].caption.as_deref(), Some("Cracked support"));
    assert_eq!(x.photos[0].credit.as_deref(), Some("Jane Roe"));
    assert_eq!(x.photos[0].alt.as_deref(), Some("Cracked support"));
    assert!(!x.body_text.contains("Cracked support"));
}

#[test]
fn a_headline_its_paragraph_repeats_is_the_title_not_alt_text() {
    let x = read_text_clipping(&format!(
        "Bridge Watch\n\nNews about the bridges of our city, every single week.\n\nFriday, March 3, 2023\n\nOld Bridge Closes to Cars!\n\nOld Bridge Closes to Cars! {P1} {P2}\n\n{P3}\n\n{P4}\n\nPosted by Jane Roe at 5:11 AM\n"
    ));
    assert_eq!(x.title, "Old Bridge Closes to Cars!");
    assert!(x.photos.is_empty(), "{:?}", x.photos);
}

#[test]
fn teasers_with_links_to_their_posts_leave_the_body_however_long() {
    let summary = |topic: &str| {
        format!("The good folks at the {topic} club are still doing their thing, and now they have included two famous guests to play along with them. On April 13 they sang together in front of a crowd of more than a thousand people in the old town hall, and the video is lovely.")
    };
    let x = read_text_clipping(&format!(
        "Bridge Watch\n\n/ Jane Roe / 10:08 am Fri Jul 19, 2013\n\nOld Bridge Closes to Cars\n\n{P1} {P2}\n\nSHARE / TWEET / 82 COMMENTS\n\nChoir Sings for the Bridge\n\n{}\n\nREAD THE REST\n\nSkaters Take Over the Square\n\n{}\n\nREAD THE REST\n\nBakers Bake the Longest Loaf\n\n{}\n\nREAD THE REST\n",
        summary("choir"),
        summary("skating"),
        summary("baking")
    ));
    assert!(x.body_text.starts_with(&P1[..30]), "{}", x.body_text);
    assert!(!x.body_text.contains("good folks"), "{}", x.body_text);
    assert_eq!(x.title, "Old Bridge Closes to Cars");
}

#[test]
fn related_block() {
    let x = bridge(&[
        P1,
        "READ MORE:\n\nEngineers Warn of Ageing Bridges Nationwide",
        P2,
        "Related:",
        P3,
        P4,
    ]);
    assert_eq!(x.related.len(), 1, "{:?}", x.related);
    assert_eq!(
        x.related[0].title,
        "Engineers Warn of Ageing Bridges Nationwide"
    );
    // The paragraph after the second marker is not swallowed.
    assert!(x.body_text.contains(P3));
    assert!(!x.body_text.contains("Engineers Warn"));
    assert!(!x.body_text.contains("READ MORE"));
    for marker in [
        "Das Thema könnte dich auch interessieren:",
        "Das könnte Sie auch interessieren",
        "You might also like",
        "Other People Are Reading",
        "People are also reading",
        "Ça pourrait vous intéresser",
        // Other languages a news archive meets.
        "Lees ook:",
        "Czytaj także",
        "Читайте также:",
        "Läs också",
        "Baca juga:",
        "関連記事",
        "相关新闻",
        "관련기사",
        "اقرأ أيضا",
        "เรื่องที่เกี่ยวข้อง",
        "ये भी पढ़ें",
    ] {
        assert!(is_related_marker(marker), "{marker}");
    }
    // A link after the marker on the same line is a sentence of the text's, not a marker.
    assert!(!is_related_marker(
        "Baca juga: Banjir Jakarta, warga mengungsi"
    ));
}

#[test]
fn genre_kicker_versus_control() {
    let kicker = read_text_clipping(&page(
        "Analysis\nCity Shuts Old Bridge After Cracks Found\nBy Jane Doe",
        &[P1, P2, P3],
    ));
    assert_eq!(kicker.genre.as_deref(), Some("analysis"));
    let control = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023\nOpinion",
        &[P1, P2, P3],
    ));
    assert_eq!(control.genre, None);
    assert!(!control.body_text.contains("Opinion"));
    let crumb = read_text_clipping(&page(
        "Opinion > Columnists\n\nCity Shuts Old Bridge After Cracks Found",
        &[P1, P2, P3],
    ));
    assert_eq!(crumb.genre.as_deref(), Some("opinion"));
    assert_eq!(crumb.section, vec!["Opinion", "Columnists"]);
}

#[test]
fn bylines() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nBy Jane Doe and John Roe\n2 March 2023",
        &[P1, P2, P3],
    ));
    assert_eq!(x.byline.as_deref(), Some("Jane Doe and John Roe"));
    assert_eq!(x.authors, vec!["Jane Doe", "John Roe"]);
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2023-03-02")
    );
    let agency = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe, Reuters",
        &[P1, P2, P3],
    ));
    assert_eq!(agency.byline.as_deref(), Some("Jane Doe, Reuters"));
    assert_eq!(agency.authors, vec!["Jane Doe"]);
    let listed = byline("By Dana A. Ford , Chien-Ming Wang, and Tom Watkins, CNN");
    assert!(
        matches!(listed, Some(Kind::Byline { ref authors, .. })
            if authors == &["Dana A. Ford", "Chien-Ming Wang", "Tom Watkins"]),
        "{listed:?}"
    );
    let titled = byline("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Project");
    assert_eq!(
        titled,
        Some(Kind::Byline {
            byline: "Daniel Kahn Gillmor".to_string(),
            authors: vec!["Daniel Kahn Gillmor".to_string()],
            date: None
        })
    );
    assert_eq!(
        byline("By the time the bridge closed, nobody was left."),
        None
    );
    let glued = byline("By JEFFREY GETTLEMAN JAN. 13, 2017");
    assert!(
        matches!(glued, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
            if byline == "JEFFREY GETTLEMAN" && d.normalized == "2017-01-13"),
        "{glued:?}"
    );
    let bare = byline("Dan Goodin - Apr 16, 2015 8:02 pm UTC");
    assert!(
        matches!(bare, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
            if byline == "Dan Goodin" && d.normalized == "2015-04-16T20:02:00Z"),
        "{bare:?}"
    );
    // A bare name without a date is not a byline.
    assert_eq!(byline("Dan Goodin"), None);
    let three = byline("By Ana Lima, Jane Doe & John Roe | 1 August 2022");
    assert!(
        matches!(three, Some(Kind::Byline { ref authors, date: Some(_), .. }) if authors.len() == 3)
    );
}

#[test]
fn a_wire_storys_closing_credits_stay_and_its_standards_line_goes() {
    let x = bridge(&[
        P1,
        P2,
        P3,
        "Additional reporting by Steve Gorman; Editing by Marguerita Choy and Simon Cameron-Moore",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ]);
    assert!(
        x.body_text.ends_with("Simon Cameron-Moore"),
        "{}",
        x.body_text
    );
    assert!(!x.body_text.contains("Trust Principles"), "{}", x.body_text);
}

#[test]
fn a_newsletter_box_inside_the_story_is_furniture() {
    // The Verge: a heading, the pitch, the e-mail field, inside the article's text.
    let x = bridge(&[
        P1,
        P2,
        "Sign up for the newsletter Command Line",
        "Command Line delivers daily updates from the near-future.",
        "Email (required)",
        "[ ]",
        P3,
    ]);
    assert!(!x.body_text.contains("near-future"), "{}", x.body_text);
    assert!(x.body_text.contains(P3), "{}", x.body_text);
    // correctiv.org: a German box, its heading over its pitch.
    let x = bridge(&[
        P1,
        P2,
        "Aktuelle Recherchen per Mail",
        "Wir informieren Sie regelmäßig zum Thema Neue Rechte und über die Arbeit von CORRECTIV.",
        "E-Mail-Adresse [ ]",
        "[Abonnieren]",
        P3,
    ]);
    assert!(!x.body_text.contains("Wir informieren"), "{}", x.body_text);
    assert!(
        !x.body_text.contains("Aktuelle Recherchen"),
        "{}",
        x.body_text
    );
    // A pitch that names the newsletter needs no field under it (MEEDIA, la-bas.org).
    let x = bridge(&[
        P1,
        P2,
        "Keine Neuigkeiten aus der Medien-Branche mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter und bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden.",
        P3,
    ]);
    assert!(!x.body_text.contains("MEEDIA"), "{}", x.body_text);
    // No field: the pitch between a newsletter heading and its button (G/O Media).
    let x = bridge(&[
        P1,
        P2,
        "Subscribe To Our Newsletter",
        "Your guide to gaming delivered to your inbox daily.",
        "Subscribe",
        P3,
    ]);
    assert!(!x.body_text.contains("Your guide"), "{}", x.body_text);
    assert!(x.body_text.contains(P3), "{}", x.body_text);
    // A compound names the newsletter too, and the button goes with its box.
    let x = bridge(&[
        P1,
        P2,
        "Unser Wochennewsletter",
        "Die wichtigsten Nachrichten der Woche, jeden Freitag in Ihrem Postfach.",
        "Jetzt abonnieren",
        P3,
    ]);
    assert!(!x.body_text.contains("Postfach"), "{}", x.body_text);
    assert!(!x.body_text.contains("abonnieren"), "{}", x.body_text);
    assert!(x.body_text.contains(P3), "{}", x.body_text);
    // A heading that names no newsletter makes no box of a paragraph over a button.
    let x = bridge(&[
        P1,
        "Reviews",
        "Your guide to gaming delivered to your inbox daily.",
        "Subscribe",
        P3,
    ]);
    assert!(x.body_text.contains("Your guide"), "{}", x.body_text);
    // A paragraph of the story is no pitch: a long one over a field stays.
    let long = format!("{P1} {P2}");
    let x = bridge(&[&long, P2, P3, "Email (required)"]);
    assert!(x.body_text.contains(&long), "{}", x.body_text);
}

#[test]
fn rights_notices_and_citation_lines_are_furniture_and_sentences_about_rights_are_not() {
    for notice in [
        "© 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Copyright 2023 NPR",
        "2019 Healthline Media UK Ltd. All rights reserved. MNT is the registered trade mark of Healthline Media.",
        "Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January 2020 from https://phys.org/news/2019-10-flint.html",
        "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
    ] {
        assert!(is_rights_notice(notice, &notice.to_lowercase()), "{notice}");
    }
    for sentence in [
        "Copyright law, she said, was never meant for this.",
        "Citation: the court cited a 1998 ruling.",
        "This document is what the committee retrieved from the archive in 2019.",
        "“The studio kept all rights reserved under the 1998 contract,” Smith said.",
    ] {
        assert!(
            !is_rights_notice(sentence, &sentence.to_lowercase()),
            "{sentence}"
        );
    }
    let x = bridge(&[P1, P2, P3, "© 2019 Science X Network", "Citation: Flint flake tool adds to evidence (2019, October 22) retrieved 20 January 2020 from https://phys.org/news/2019-10-flint.html"]);
    assert_eq!(x.body_text.split("\n\n").count(), 3, "{}", x.body_text);
}

#[test]
fn comment_footer_is_furniture() {
    let x = bridge(&[
        P1,
        P2,
        P3,
        "Comment\n0\nComments\nPost with no comments.",
        "Advertisement",
        "We use cookies to improve your experience. Accept cookies to continue reading this site.",
    ]);
    assert_eq!(x.body_text.split("\n\n").count(), 3);
    assert!(!x.body_text.contains("cookies"));
    assert!(!x.body_text.contains("Comment"));
}

#[test]
fn standfirst_is_conservative() {
    // A news lede right after the date stays in the body.
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[P1, P2, P3, P4],
    ));
    assert_eq!(x.standfirst, None);
    assert!(x.body_text.starts_with(P1));
    // Without a date or byline in the header, no standfirst is taken.
    let summary = "Engineers found cracks in two supports of the crossing, which carries ten thousand cars a day.";
    let x = bridge(&[summary, P1, P2, P3, P4]);
    assert_eq!(x.standfirst, None);
    // With a dated header, the single-sentence summary is the standfirst.
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[summary, P1, P2, P3, P4],
    ));
    assert_eq!(x.standfirst.as_deref(), Some(summary));
    assert!(x.body_text.starts_with(P1));
    // A summary between the title and the byline is always the standfirst.
    let x = read_text_clipping(&page(
        &format!("City Shuts Old Bridge After Cracks Found\n\n{summary}\n\nBy Jane Doe"),
        &[P1, P2, P3],
    ));
    assert_eq!(x.standfirst.as_deref(), Some(summary));
    assert!(x.body_text.starts_with(P1));
}

/// `text` wrapped at `width` columns, the way a text-mode browser or a mail program
/// prints it: a line ends where the next word would not fit.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + 1 + word.chars().count() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.chars().count();
    }
    out
}

#[test]
fn wrapped_paragraphs_are_joined() {
    // The whole page wrapped at 72 columns: each paragraph is read whole again.
    let (w1, w2, w3) = (wrap(P1, 72), wrap(P2, 72), wrap(P3, 72));
    assert!(w1.contains('\n') && w2.contains('\n'));
    let x = bridge(&[&w1, &w2, &w3]);
    assert_eq!(x.body_text, format!("{P1}\n\n{P2}\n\n{P3}"));
}

#[test]
fn a_long_headline_over_the_next_block_is_not_a_wrapped_line() {
    // Copied out of a graphical browser nothing is wrapped: paragraphs are long lines, and
    // blocks follow one another without a blank line. A headline of 60+ characters
    // ending in a word is not the first half of the line under it.
    let headline =
        "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers";
    let long = |p: &str| format!("{p} {p} {p}");
    let text = format!(
        "Home\nNews\n{headline}\nSarah Gooding March 9, 2017\n{}\n{}\n{}\n",
        long(P1),
        long(P2),
        long(P3)
    );
    let x = read_text_clipping(&text);
    assert_eq!(x.title, headline);
    assert_eq!(x.authors, vec!["Sarah Gooding".to_string()]);
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
}

#[test]
fn a_kicker_headline_line_printed_again_is_the_title_once() {
    let headline =
        "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.";
    let summary =
        "The city’s aging infrastructure is tough to maintain, and winter makes it even worse.";
    let x = read_text_clipping(&format!(
        "Sections\nSEARCH\nNew York\nSubscribe\nLog In\nToday’s Paper\nNew York|{headline}\n\n  • \n  • \n  • \n\nSupported by\n\n{headline}\n\n{summary}\n\nImage[merlin_150]\nA worker repairing cables.CreditChang W. Lee/The New York Times\n\nCorey Kilgannon\n\nBy Corey Kilgannon\n\nFeb. 21, 2019\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n"
    ));
    assert_eq!(x.title, headline);
    assert_eq!(x.section, vec!["New York".to_string()]);
    assert_eq!(x.standfirst.as_deref(), Some(summary));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert_eq!(x.photos.len(), 1);
    assert_eq!(
        x.photos[0].credit.as_deref(),
        Some("Chang W. Lee/The New York Times")
    );
}

#[test]
fn account_navigation_and_contact_lines_are_furniture() {
    for line in [
        "Impressum Menü",
        "Je m'abonne Je m'identifie",
        "Kontakt",
        "Contact us",
        "Hauptnavigation",
        "Alle Benachrichtigungen anzeigen",
        "Auf einer Seite lesen",
        "Forgot your Intel username or password?",
        "New to WordPress.com? Sign up",
        "Refresh (0 sec) /service/javascript-bitte-aktivieren.html",
        "Feedback",
        "Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation. Your first month is free!",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Alle Artikel des Autors",
        "View all posts by Jane Doe",
        "More from this author",
        "MORE FROM Nathanael Johnson",
        "Category: Blog Popular",
        "Kategorien",
        "Email Newsletter",
        "Next Page",
        "Pages: 1 2 3 4",
        "posted by Stadler at 12:53",
        "Gespeichert von am 24. Juli 2017 - 18:55",
        "Submitted by jane on Mon, 2019-01-21 13:49",
        "Go to permalink",
        "Permalink",
    ] {
        assert!(is_furniture(line, &line.to_lowercase()), "{line}");
    }
    for line in [
        "Kontakt mit der Polizei",
        "Navigation apps are changing how we drive",
        "Je m'abonne à la vie",
        "Feedback from readers shaped the new timetable",
        "Our standards of living fell as the plant closed.",
        "All stories by our readers were checked by two editors.",
        "More from the front lines",
        "Category 5 storms are rare this far north",
        "Pages 1 and 2 of the report were blacked out.",
        "Posted by the union at midnight, the notice went unread.",
        "Posted by her sister at 3 a.m., the video went viral.",
        "Posted by an anonymous user on 4chan, the clip spread fast.",
        "Submitted by residents on 12 May, the petition was rejected.",
    ] {
        assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
    }
}

#[test]
fn a_paywalls_notice_is_furniture() {
    for line in [
        "［有料会員限定］この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "Subscribe now to continue reading",
        "This article is for subscribers only.",
        "You’ve reached your free article limit.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Jetzt weiterlesen mit SZ Plus",
        "La suite de cet article est réservée aux abonnés.",
        "Este contenido es exclusivo para suscriptores.",
    ] {
        assert!(is_furniture(line, &line.to_lowercase()), "{line}");
    }
    for line in [
        "Readers who subscribe to continue reading the paper in print are fewer each year, the publisher said on Tuesday, and the group will close two of its printing plants.",
        "Members of the club voted to continue the tradition.",
    ] {
        assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
    }
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nMar 3, 2023",
        &[P1, P2, P3, "Subscribe to continue reading."],
    ));
    assert!(!x.body_text.contains("Subscribe"), "{}", x.body_text);
}

#[test]
fn skip_links_wiki_taglines_and_dot_leaders_are_furniture_and_more_links_no_titles() {
    for line in [
        "ここから本文です",
        "From Wikipedia, the free encyclopedia",
        "17.2. Informative References...................................21",
    ] {
        assert!(is_furniture(line, &line.to_lowercase()), "{line}");
    }
    for line in [
        "From Paris, the free city rose up against the king",
        "Figures 1..3",
    ] {
        assert!(!is_furniture(line, &line.to_lowercase()), "{line}");
    }
    let unit = short_unit;
    assert!(!is_title_candidate(&unit("View All Stories »")));
    assert!(!is_title_candidate(&unit("More news ›")));
    assert!(is_title_candidate(&unit(
        "Népal : «Plus les heures passent, moins on est utiles»"
    )));
    assert!(is_title_candidate(&unit(
        "The Deck of Cards That Made Tarot A Global Phenomenon"
    )));
}

#[test]
fn a_headings_own_link_is_dropped() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found¶\n\nPublished 3 March 2023",
        &[P1, "Closures[edit]", P2, P3],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(x.body_text.contains("\n\nClosures\n\n"), "{}", x.body_text);
    assert!(!x.body_text.contains("[edit]"), "{}", x.body_text);
}

#[test]
fn doubled_lines_are_read_once() {
    assert_eq!(undouble("Jane DoeJane Doe"), "Jane Doe");
    assert_eq!(
        undouble("The PlayStation VRThe PlayStation VR"),
        "The PlayStation VR"
    );
    assert_eq!(undouble("Bora Bora"), "Bora Bora");
    assert_eq!(undouble("New York, New York"), "New York, New York");
}

#[test]
fn cjk_lines_count_characters() {
    // Two CJK characters make a word; a 26-character line without a stop is prose.
    assert_eq!(
        word_count("一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒"),
        13
    );
    let unit = short_unit("一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒");
    assert_eq!(classify_one(&unit, None), Kind::Prose);
    let short = Unit {
        text: "部落格全站分類".to_string(),
        ..unit
    };
    assert_eq!(classify_one(&short, None), Kind::Short);
}

#[test]
fn preformatted_blocks_stay_whole() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found",
        &[
            P1,
            "SELECT count(*)\nFROM bridges\nWHERE cracked;",
            "count\n──────\n42",
            P2,
            P3,
        ],
    ));
    assert!(x.body_text.contains("FROM bridges"), "{}", x.body_text);
    assert!(x.body_text.contains("count\n──────\n42"), "{}", x.body_text);
}

#[test]
fn content_lists_versus_menus() {
    let list = "  • Engineers found two cracked supports on the northern side of the old bridge\n  • The council will run a ferry service between both banks during the works\n  • Cyclists and pedestrians can still use the footpath on the southern side";
    let x = bridge(&[P1, list, P2, P3]);
    assert!(
        x.body_text.contains("ferry service between both banks"),
        "{}",
        x.body_text
    );
    let menu = "  • Politics\n  • Business\n  • Culture and Arts\n  • Sport";
    let x = bridge(&[P1, P2, P3, menu]);
    assert!(!x.body_text.contains("Culture and Arts"));
    // Title-case teaser headlines are not content.
    let teasers = "  • Engineers Warn of Ageing Bridges Across the Whole Country\n  • Mayor Promises Faster Repairs After Years of Neglect";
    let x = bridge(&[P1, P2, P3, teasers]);
    assert!(!x.body_text.contains("Engineers Warn"));
}

#[test]
fn a_headline_with_full_stops_over_its_deck_and_byline() {
    let headline = "Cracks closed this bridge for a year. Now, it is being rebuilt.";
    let deck = "The old crossing, once the pride of the river town, makes an unlikely \
                comeback after a decade of neglect.";
    let x = read_text_clipping(&page(
        &format!("Menu\n\nEnvironment\n\n{headline}\n\n{deck}\n\nBy Jane Doe"),
        &[P1, P2, P3, P4],
    ));
    assert_eq!(x.title, headline);
    assert_eq!(x.standfirst.as_deref(), Some(deck));
    assert_eq!(x.byline.as_deref(), Some("Jane Doe"));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    // Under a headline, the same paragraph is its deck, not the title.
    let x = read_text_clipping(&page(
        &format!("Menu\n\nCity Shuts Old Bridge After Cracks Found\n\n{deck}\n\nBy Jane Doe"),
        &[P1, P2, P3, P4],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert_eq!(x.standfirst.as_deref(), Some(deck));
}

#[test]
fn a_headline_the_body_opens_with_is_the_title_when_its_byline_follows() {
    // nytimes.com pasted: a section label at the top, then the headline and its deck
    // read as the body's first paragraphs, the lead photo's caption, the byline, the date.
    let headline =
        "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.";
    let deck = "New York’s aging below-street infrastructure is tough to maintain, and the \
                corrosive rock salt and “freeze-thaw” cycles of winter make it even worse.";
    let x = read_text_clipping(&page(
        &format!(
            "Sections\n\nSEARCH\n\nSkip to content\n\nNew York\n\nSubscribe\n\nLog In\n\n\
             Today’s Paper\n\nSupported by\n\n{headline}\n\n{deck}\n\nImage\n\n\
             A Con Edison worker repairing underground cables.CreditCreditChang W. Lee/The New York Times\n\n\
             By Corey Kilgannon\n\nFeb. 21, 2019"
        ),
        &[P1, P2, P3, P4, "New York", "World"],
    ));
    assert_eq!(x.title, headline);
    assert_eq!(x.standfirst.as_deref(), Some(deck));
    assert_eq!(x.byline.as_deref(), Some("Corey Kilgannon"));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
}

#[test]
fn question_headline_and_relative_byline() {
    let x = read_text_clipping(&page(
        "Menu\n\nWhy did the city wait so long to close the old bridge?\n\nJane Doe 2 hours ago",
        &[P1, P2, P3],
    ));
    assert_eq!(
        x.title,
        "Why did the city wait so long to close the old bridge?"
    );
    assert_eq!(x.byline.as_deref(), Some("Jane Doe"));
    assert!(x.body_text.starts_with(P1));
    assert_eq!(
        byline("Alex Perry 1 day ago"),
        Some(Kind::Byline {
            byline: "Alex Perry".to_string(),
            authors: vec!["Alex Perry".to_string()],
            date: None
        })
    );
}

#[test]
fn header_lines_split_or_labelled_by_the_page() {
    // A genre before the byline (`Eine Analyse von …`): the genre and the byline.
    let x = read_text_clipping(&page(
        "Zugverkehr: Im ICE von Frankfurt nach Barcelona\n\nEine Analyse von Caspar Schwietering",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Zugverkehr: Im ICE von Frankfurt nach Barcelona");
    assert_eq!(x.byline.as_deref(), Some("Caspar Schwietering"));
    assert_eq!(x.genre.as_deref(), Some("analysis"));
    assert!(matches!(
        byline("Analysis by Jane Doe"),
        Some(Kind::Byline { .. })
    ));
    assert!(matches!(
        byline("geschrieben von Meike Neitz"),
        Some(Kind::Byline { .. })
    ));
    assert!(matches!(
        byline("Écrit par Jeanne Roux"),
        Some(Kind::Byline { .. })
    ));
    // Readers' comments are labelled the same way; a headline may read like one.
    assert_eq!(byline("Comment by Mirko Lange — 17.07, 2011 @ 13:04"), None);
    assert_eq!(byline("Kritik von Merkel an der Bahn"), None);
    assert_eq!(
        byline("Titus von Unhold 25. Juni 2018 um 14:01 Uhr - Antworten"),
        None
    );
    // The byline's word on one line, the linked name on the next; a German clock time.
    let x = read_text_clipping(&page(
        "Lithium aus dem Schredder\n\n20.06.2019 07:30 Uhr\n\nVon\n  • Denis Dilba",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Lithium aus dem Schredder");
    assert_eq!(x.byline.as_deref(), Some("Denis Dilba"));
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2019-06-20")
    );
    // A byline naming the site (its masthead line at the top) gives way to the writer's.
    let x = read_text_clipping(&page(
        "The Daily Planet\n\nCity Shuts Old Bridge After Cracks Found\n\nBy\nThe Daily Planet\n\nWritten by: Julie Mollins",
        &[P1, P2, P3],
    ));
    assert_eq!(x.byline.as_deref(), Some("Julie Mollins"));
}

#[test]
fn a_breadcrumb_that_ends_in_a_sentence_and_a_page_index_stay_out_of_the_body() {
    let text = format!(
        "  • Startseite\n  • Stars\n  • Adele 10 Kilo abgenommen: Sie zeigt sich schlanker denn je!\n\n\
         10 Kilo abgenommen: Adele zeigt sich nach ihrer Trennung schlanker denn je\n\n\
         {P1}\n\n  • Seite 1 —Die Brücke\n  • Seite 2 —Die Fähre\n\n{P2}\n\n{P3}\n"
    );
    let x = read_text_clipping(&text);
    assert_eq!(
        x.title,
        "10 Kilo abgenommen: Adele zeigt sich nach ihrer Trennung schlanker denn je"
    );
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(!x.body_text.contains("Seite 2"), "{}", x.body_text);
    assert!(x.body_text.contains(P3));
}

#[test]
fn dated_and_control_lines_are_not_titles() {
    let x = read_text_clipping(&page(
        "Log out Sign in\n\nCity Shuts Old Bridge After Cracks Found\n\nThu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2019-01-03T02:00:00-05:00")
    );
    assert!(is_control_line("« vorige | nächste »"));
    assert!(!is_control_line("sign the petition"));
    // Credits, form labels and page controls next to the body are never its title.
    for line in [
        "Foto: Stuttgart Marketing/Christoph Duepper",
        "Image: Stefan Falke for Weltwoche",
        "Courtesy of Forests News",
        "Mail (will not be published) (required)",
        "Navigation überspringen",
        "Anzeige [ac]",
        "Impressum",
        "Auf einer Seite lesen Inhalt",
        "Menu Subscribe now",
        "Lesezeit: 1 Min.",
        "In Pocket speichern",
        "Hashtag, Hashtags, Raute, Twitter, erfolgreiche Tweets",
        "E-Mail Diese E-Mail-Adresse ist gegen Spambots geschützt! JavaScript muss aktiviert werden, damit sie angezeigt werden kann.",
        "Field input is required",
        "Benötigen Sie Hilfe bei der Registrierung",
        "Youtube Aktivierung",
    ] {
        // A one-word headline, which scores low on its own.
        let x = read_text_clipping(&page(&format!("Bohnenviertel\n\n{line}"), &[P1, P2, P3]));
        assert_eq!(x.title, "Bohnenviertel", "{line}");
    }
}

#[test]
fn text_without_prose_keeps_every_line() {
    let x = read_text_clipping("abc\ndef\nghi\n");
    assert_eq!(x.body_text, "abc\n\ndef\n\nghi");
}

#[test]
fn bylines_with_dates_in_words() {
    let on = byline("on March 10, 2015 by Jane Doe");
    assert!(
        matches!(on, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
            if byline == "Jane Doe" && d.normalized == "2015-03-10"),
        "{on:?}"
    );
    let posted = byline("Posted by janed, Albert on 2019-02-15, all posts");
    assert!(
        matches!(posted, Some(Kind::Byline { ref authors, date: Some(_), .. }) if authors.len() == 2),
        "{posted:?}"
    );
    // Drupal's default, the date with its weekday (prachatai.com).
    let submitted = byline("Submitted by Jane Doe on Mon, 2019-01-21 13:49");
    assert!(
        matches!(submitted, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
            if byline == "Jane Doe" && d.normalized.starts_with("2019-01-21")),
        "{submitted:?}"
    );
    // The same in the site's language (creativecommons.at, fr and es sites).
    for (line, name, day) in [
        (
            "Gespeichert von rasos am 24. Juli 2017 - 18:55",
            "rasos",
            "2017-07-24",
        ),
        (
            "Soumis par Jean Dupont le 24/07/2017 - 18:55",
            "Jean Dupont",
            "2017-07-24",
        ),
        (
            "Enviado por admin el 3 de mayo de 2019",
            "admin",
            "2019-05-03",
        ),
    ] {
        let k = byline(line);
        assert!(
            matches!(k, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == name && d.normalized.starts_with(day)),
            "{line}: {k:?}"
        );
    }
    let handle = byline("By Jane Doe March 18 at 3:57 PM Follow @janedoe 1 of 24");
    assert!(
        matches!(handle, Some(Kind::Byline { ref byline, .. }) if byline == "Jane Doe"),
        "{handle:?}"
    );
    assert_eq!(byline("on the bridge by the river"), None);
    // A nickname in quotes inside the name (oneesports.gg).
    let nickname = byline("By Amanda \"Tania Mae\" Tan November 19, 2023 7:18 pm");
    assert!(
        matches!(nickname, Some(Kind::Byline { ref authors, date: Some(ref d), .. })
            if authors == &["Amanda \"Tania Mae\" Tan"] && d.normalized.starts_with("2023-11-19")),
        "{nickname:?}"
    );
    assert!(is_name("Choi “Zeus” Woo-je"));
    assert!(!is_name("The “Zeus” pick"));
    // The name, then the day's preposition and a date with its time (cnet.de); a date
    // label between them belongs to the date (gofeminin.de).
    for (line, name, day) in [
        (
            "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr",
            "Anja Schmoll-Trautmann",
            "2014-05-14",
        ),
        (
            "von Diane Buckstegge Veröffentlicht am 1. Mai 2019",
            "Diane Buckstegge",
            "2019-05-01",
        ),
        ("by Jane Doe on 3 May 2019", "Jane Doe", "2019-05-03"),
    ] {
        let found = byline(line);
        assert!(
            matches!(found, Some(Kind::Byline { ref byline, date: Some(ref d), .. })
                if byline == name && d.normalized.starts_with(day)),
            "{line}: {found:?}"
        );
    }
}

#[test]
fn byline_and_label_lines_are_not_titles() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nby Jane Doe22 Mar 2023\nin Features Transport Bridges",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
}

#[test]
fn contact_lines_and_advertisers_labels_are_never_titles() {
    for line in [
        "Telefon: 034771/28076",
        "Tel.: 030 1234567",
        "Görlitzer Str. 45, Horka /OL, 02923",
        "Rudolf-Breitscheid-Straße 18",
        "Gastgeber: Xing AG, Dammtorstraße 29-32, 20354 Hamburg",
        "06268 Querfurt",
        "1600 Pennsylvania Avenue 12",
    ] {
        assert!(NEVER_A_TITLE.is_match(line), "{line}");
    }
    // An advertiser's label whose name is a logo (luxuryhaven.co).
    assert!(SPONSOR_END.is_match("Food Advertising by"));
    for headline in [
        "Historischer Markt",
        "Die Straße der Romantik",
        "Street Art in 20 Städten",
        "10 Tipps für den Sommer",
        "Stand by",
    ] {
        assert!(!NEVER_A_TITLE.is_match(headline), "{headline}");
    }
    // The event's name over the venue's address is the title (wehranlage-horka.de).
    let x = read_text_clipping(&page(
        "Historischer Markt auf der Wehranlage\nGörlitzer Str. 45, Horka /OL, 02923",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Historischer Markt auf der Wehranlage");
}

#[test]
fn quoted_question_headline() {
    let x = read_text_clipping(&page(
        "'Who Will Pay for the Bridge?' Residents Ask: 'Is It Safe?'\n\nPublished 3 March 2023",
        &[P1, P2, P3],
    ));
    assert_eq!(
        x.title,
        "'Who Will Pay for the Bridge?' Residents Ask: 'Is It Safe?'"
    );
    assert!(headline_case(
        "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…"
    ));
    assert!(!headline_case("the mayor said «no» to the plan"));
}

#[test]
fn parentheses_are_not_code() {
    let unit = short_unit("Bridge repairs in spring (without closing the road)");
    assert_eq!(classify_one(&unit, None), Kind::Short);
    let code = Unit {
        text: "let total = count(bridges);".to_string(),
        ..unit
    };
    assert_eq!(classify_one(&code, None), Kind::Code);
}

#[test]
fn form_fields_are_furniture() {
    let lower = |s: &str| s.to_lowercase();
    assert!(is_furniture(
        "Text Edge Style [None ]",
        &lower("Text Edge Style [None ]")
    ));
    assert!(!is_furniture("See the map [1]", &lower("See the map [1]")));
}

#[test]
fn breadcrumb_ending_in_the_headline() {
    assert_eq!(
        breadcrumb("Site > News > 2023 > City Shuts Old Bridge After Engineers Found Cracks"),
        Some(vec![
            "Site".to_string(),
            "News".to_string(),
            "2023".to_string()
        ])
    );
    // One section and a long segment is not a trail.
    assert_eq!(
        breadcrumb("News > City Shuts Old Bridge After Engineers Found Cracks"),
        None
    );
}

#[test]
fn a_trail_under_its_label_ending_in_the_headline_cut_short_gives_the_sections() {
    // thefederalistpapers: `You are here:`, then the trail, then the headline cut short.
    assert_eq!(
        breadcrumb("You are here: Home / Education / Schools"),
        Some(vec![
            "Home".to_string(),
            "Education".to_string(),
            "Schools".to_string()
        ])
    );
    let x = read_text_clipping(&page(
        "You are here: Home / Education / The Failure Of Public Schooling\n\nThe Failure Of Public Schooling In One Chart",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "The Failure Of Public Schooling In One Chart");
    assert_eq!(x.section, ["Education"]);
    // A last section that opens the headline with fewer words stays a section, and so
    // does a topic heading the headline before its colon.
    let x = read_text_clipping(&page(
        "Home > News > Bridges\n\nBridges close across the county",
        &[P1, P2, P3],
    ));
    assert_eq!(x.section, ["News", "Bridges"]);
    let x = read_text_clipping(&page(
        "Home > Sport > World Cup Draw 2026\n\nWorld Cup Draw 2026: England face Spain",
        &[P1, P2, P3],
    ));
    assert_eq!(x.section, ["Sport", "World Cup Draw 2026"]);
}

#[test]
fn a_two_sentence_summary_is_not_the_title() {
    // The summary is nearer the body and shares its words, but it goes on after a full
    // stop: it is the standfirst.
    let x = read_text_clipping(&page(
        "Sunday, Feb 1, 2015 11:57 AM UTC\n\nDetour Season Begins for Commuters\n\nThe council says the crossing is unsafe. Residents who use the old bridge every day fear months of detours\n\nJane Doe",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Detour Season Begins for Commuters");
}

#[test]
fn a_headline_that_ends_the_breadcrumb_is_the_title() {
    // A menu above the article takes the date's bonus too; the headline is the line the
    // breadcrumb ends with.
    let x = read_text_clipping(&page(
        "City Desk Apps\nCity Desk for the Phone\nCity Desk for the Tablet\nCity Desk > News > 2015 > Commuters Face Long Detours\n08.04.2015 12:46\nCommuters Face Long Detours\n[Bridge]\nThe bridge, seen from the east bank.",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Commuters Face Long Detours");
}

#[test]
fn a_sub_heading_after_the_date_is_not_the_title() {
    // The date belongs to the headline above it; the line after it opens the first
    // section, however much it shares with the body.
    let x = read_text_clipping(&page(
        "Detour Season Begins for Commuters\n\nJane Doe\nFollow\nOct 18, 2019 · 8 min read\n\nWhy did the council close the old bridge?",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Detour Season Begins for Commuters");
    // On a blog, the headline comes right after the date.
    let x = read_text_clipping(&page(
        "Home\n\nOct 18, 2019\n\nWhy did the council close the old bridge?",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "Why did the council close the old bridge?");
}

#[test]
fn a_version_number_is_not_a_clock_time() {
    for dated in [
        "Updated 12.46",
        "30 avril 2015 à 07.19",
        "Heute, 12.46 Uhr",
        "Aug 1, 2022 10:32 EDT",
        "posted 10.32 pm",
        "2 days ago",
    ] {
        assert!(DATEISH.is_match(dated), "{dated}");
    }
    for plain in [
        "Friday Facts #282 - 0.17 in sight",
        "Version 2.10 has landed",
        "Inflation rises to 3.25% in May",
    ] {
        assert!(!DATEISH.is_match(plain), "{plain}");
    }
}

#[test]
fn author_lines_do_not_distance_the_title() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe\nJane Doe\nFollow\nMar 3, 2023 · 8 min read\nWhy did it take so long?",
        &[P1, P2, P3],
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
}

#[test]
fn a_headline_over_its_byline_is_not_pushed_away_by_a_carousel_under_it() {
    // cnn.com: the headline, the authors' pictures' names, the byline, then a carousel
    // of video teasers before the text.
    let videos: String = [
        "Trump speaks to reporters after testimony in civil fraud trial 03:29",
        "Christie says any Republican who is overconfident is 'foolish'",
        "Hear Democratic incumbent Gov. Andy Beshear speak after reelection 00:57",
        "Collins presses Ramaswamy on Ohio abortion vote",
        "Van Jones responds to new Trump-Biden poll",
        "Vladimir Putin and Vivek Ramaswamy split",
    ]
    .iter()
    .map(|teaser| format!("Video Ad Feedback\n{teaser}\nNow playing\n"))
    .collect();
    let header = format!(
        "Takeaways from Donald Trump’s contentious testimony in his civil fraud trial\n\n\
         Jeremy Herb Lauren del Valle Kara Scannell\n\
         By Jeremy Herb, Lauren del Valle and Kara Scannell, CNN\n7 minute read\n\
         Updated 4:48 PM EST, Mon November 6, 2023\n\n{videos}"
    );
    let x = read_text_clipping(&page(&header, &[P1, P2, P3]));
    assert_eq!(
        x.title,
        "Takeaways from Donald Trump’s contentious testimony in his civil fraud trial"
    );
    // A teaser over a byline, with its source between, is no headline (lifehacker's
    // trending list ends over the article's byline).
    let trending = format!(
        "City Shuts Old Bridge After Cracks Found\nJane Doe\n\nTrending\n\
         Aaron Hernandez Still Might Get Away With It\non Deadspin\n\
         Jeremy Clarkson Officially Fired From Top Gear\non Jalopnik\nWritten by Jane Doe\n\n{videos}"
    );
    let x = read_text_clipping(&page(&trending, &[P1, P2, P3]));
    assert_ne!(x.title, "Jeremy Clarkson Officially Fired From Top Gear");
    // Copied as the browser renders it (innerText): the trending list's teasers over
    // their sites, the byline under the last; the headline stands further down over
    // the writer's name alone and a profile's controls and tags.
    let rendered = "Trending on Kinja\n1.\n\nAaron Hernandez Still Might Get Away With It\n\n\
         on Deadspin\n2.\nTop Gear Hosts React To Clarkson Firing\n\non Jalopnik\n3.\n\
         Jeremy Clarkson Officially Fired From Top Gear\n\non Jalopnik\nWritten by Jane Doe\n\n\
         Why You Should Periodically Replace Your Surge Protectors\n\n\
         Follow Followed\nYou can skip this ad in 5 seconds.\n\
         City Shuts Old Bridge After Cracks Found\n36\n\nJane Doe\n\nProfileFollowUnfollow\n\n\
         Jane Doe\nFiled to: money\nshopping\nsaving money\npersonal finances\nhabits\n\
         budget\n3/09/15 8:00am\nEdit\nDelete\nBlock for Lifehacker\nHide\n\
         Share to Facebook\nShare to Twitter\nGo to permalink";
    let x = read_text_clipping(&page(rendered, &[P1, P2, P3]));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    for site in ["on Jalopnik", "on io9", "on The Verge"] {
        assert!(is_teaser_source(site), "{site}");
    }
    for line in [
        "on Monday",
        "on March 3",
        "on the way",
        "On Jalopnik",
        "on Monday the council met",
    ] {
        assert!(!is_teaser_source(line), "{line}");
    }
}

#[test]
fn a_headline_printed_again_over_the_text_starts_the_article() {
    // Medium: a share dialog's sentence reads as the run's first paragraph; the headline
    // follows, its share buttons, and the headline again over the text.
    let header = "Ready to publish?\nJane Doe\n14 min read\n\n\
         The author chose to make this story unlisted, which means only people with a link \
         can see it. Are you sure you want to share it? Yes, show me sharing options\n\n\
         City Shuts Old Bridge After Cracks Found\n\nShare on Twitter\nShare on Facebook\n\
         Share by email\nCity Shuts Old Bridge After Cracks Found";
    let x = read_text_clipping(&page(header, &[P1, P2, P3]));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    // A pull quote printed twice with its tweet button, a paragraph into the text, is
    // no headline: the text keeps its first paragraph.
    let quote = "Nobody should cross that bridge again until it is fixed";
    let quoted = [P1, quote, "Tweet", quote, P2, P3];
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe",
        &quoted,
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    // A line printed twice with a paragraph between is a heading, not the start.
    let twice = [
        P1,
        "What the engineers found",
        P2,
        "What the engineers found",
        P3,
    ];
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe",
        &twice,
    ));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
}

#[test]
fn headlines_cut_short_in_a_row_are_a_teaser_box_not_the_text() {
    // BuzzFeed's box of other stories, each headline cut to fit, then the article.
    let teasers = "23 choses que toutes les filles des années 2000…\n\
         21 tatouages qui ont merveilleusement bien…\n\
         Voici à quoi ressemblent des vêtements «grande…\n\
         34 raisons de ne jamais aller au Pays basque\n\
         Les 43 fois où Grey’s Anatomy a fait couler toutes…\n\
         19 réactions que tous les gens ayant déjà eu…\nTOP POST\n653,817 VIEWS\n\n\
         City Shuts Old Bridge After Cracks Found\n\n\
         Engineers found two cracked supports on Monday.\n\n\
         posted on April 21, 2015, at 11:29 a.m.\nJane Doe\nBuzzFeed News Reporter";
    let x = read_text_clipping(&page(teasers, &[P1, P2, P3]));
    assert_eq!(x.title, "City Shuts Old Bridge After Cracks Found");
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(!x.body_text.contains("tatouages"), "{}", x.body_text);
    // A dialogue that trails off, between the article's paragraphs, is its text.
    let dialogue = [
        P1,
        "Are you sure we should go back there…",
        "Yes, I am.",
        "But what if the bridge gives way…",
        "Then we swim, I suppose.",
        "And if the river is too high to cross…",
        P2,
        P3,
    ];
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe",
        &dialogue,
    ));
    assert!(
        x.body_text.contains("But what if the bridge gives way…"),
        "{}",
        x.body_text
    );
    assert!(x.body_text.contains(P3), "{}", x.body_text);
    // Two sentences that trail off among the article's are its own.
    let trailing = [P1, "And then…", P2, "Nobody knew what came next…", P3];
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\nJane Doe",
        &trailing,
    ));
    assert!(x.body_text.contains("And then…"), "{}", x.body_text);
    assert!(
        x.body_text.contains("Nobody knew what came next…"),
        "{}",
        x.body_text
    );
}

#[test]
fn a_header_inside_the_run_starts_the_article_after_a_short_lead() {
    // A sign-in box's sentences read as prose and open the run; the article's own header
    // (its headline, then its date and byline) stands after them.
    let sign_in = "Log in with your account to create or edit your custom homepage and catch up on your opinions.\n\n\
        Sign up for a free account to customize your news experience.\n\nRegister";
    let header = "How does the brain turn unconscious information into thought?\n\
        Published Thursday 27 July 2017\nBy Ana Sandoiu";
    let x = read_text_clipping(&page(&format!("{sign_in}\n\n{header}"), &[P1, P2, P3, P4]));
    assert_eq!(
        x.title,
        "How does the brain turn unconscious information into thought?"
    );
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(!x.body_text.contains("Sign up"), "{}", x.body_text);
    assert_eq!(x.authors, vec!["Ana Sandoiu"]);

    // A date before the run: the header is there, and a sub-heading with a date inside
    // the article is not a new start: the run still opens with the first paragraph.
    let units = read_units(&page(
        "City Shuts Old Bridge After Cracks Found\nMar 3, 2023",
        &[P1, "Reactions\nMar 4, 2023", P2, P3, P4],
    ));
    let (start, _) = best_run(&units).unwrap();
    assert_eq!(units[start].text, P1);

    // A long lead is the article itself, whatever header follows it.
    // (The lede says who said it, so it is not taken for a standfirst.)
    let lede = "The council said on Tuesday that the old bridge would close to cars.";
    let lead = [lede, P2, P3, P4, P1, P2].join("\n\n");
    let x = read_text_clipping(&page(
        "Opinion",
        &[&lead, "Letters to the editor\nBy Ann Poe", P3],
    ));
    assert!(x.body_text.starts_with(lede), "{}", x.body_text);
}

#[test]
fn pictures_and_lists_inside_the_body_stay() {
    let x = bridge(&[
        P1,
        "[photo]\n[photo]\n[photo]\n[photo]\n[photo]",
        P2,
        "  • close the bridge to cars\n  • open a ferry line\n  • inspect the supports again",
        P3,
        P4,
    ]);
    assert!(
        x.body_text.contains(P1) && x.body_text.contains(P3),
        "{}",
        x.body_text
    );
    assert!(x.body_text.contains("open a ferry line"), "{}", x.body_text);
    assert!(!x.body_text.contains("[photo]"));
}

#[test]
fn comment_forms_end_the_body() {
    let x = bridge(&[P1, P2, "Your email address will not be published.", P3]);
    assert!(!x.body_text.contains(P3));
    assert!(!x.body_text.contains("email address"));
}

#[test]
fn teaser_stacks_are_navigation() {
    let teasers = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.";
    let x = bridge(&[P1, P2, P3, teasers]);
    assert!(!x.body_text.contains("Ferry Service"), "{}", x.body_text);
    assert!(!x.body_text.contains("urgent care"), "{}", x.body_text);
    // Section labels between the cards (`Transport`, `Politics`) do not break the stack.
    let labelled = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nTransport\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nPolitics\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.";
    let x = bridge(&[P1, P2, P3, labelled]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    // Each card ending with its author's name set in capitals (Wired's `More from WIRED`).
    let authored = "Ferry Service Starts Next Week\nThe new line will carry cyclists and pedestrians.\n\nJANE DOE\n\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring.\n\nRICHARD ROE\n\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care.\n\nJANE DOE";
    let x = bridge(&[P1, P2, P3, authored]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn repeated_short_lines_leave_the_body() {
    let x = bridge(&[
        P1,
        "Illustration for the bridge story",
        P2,
        "Illustration for the bridge story",
        P3,
        "Illustration for the bridge story",
        P4,
    ]);
    assert!(!x.body_text.contains("Illustration"), "{}", x.body_text);
    assert!(x.body_text.contains(P4));
}

#[test]
fn tex_annotations_and_cookie_notices() {
    assert_eq!(strip_tex(r"x {\displaystyle x_{i}} y"), "x  y");
    assert_eq!(strip_tex(r"open {\displaystyle x_{i"), "open ");
    assert_eq!(strip_tex("no formula"), "no formula");
    let notice = "We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy. By clicking Accept and Continue below, you consent to the use of cookies.";
    assert!(is_furniture(notice, &notice.to_lowercase()));
}

#[test]
fn nested_indentation_is_code() {
    let query = "WITH recent AS (\n   SELECT\n       id,\n       closed_at\n   FROM\n       bridges\n)\nSELECT\n   id\nFROM\n   recent;";
    let x = bridge(&[
        P1,
        "The engineers ran this query against the inspection records:",
        query,
        P2,
        P3,
    ]);
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(x.body_text.contains("closed_at"), "{}", x.body_text);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    // A letter's sign-off keeps two indents but is not code.
    let x = bridge(&[P1, P2, P3, "Sincerely,\n    Jane Doe"]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn slideshows_are_galleries() {
    let slides = "1/3 Crowds at the bridge\nHundreds of people gathered to see the crossing one last time before it closed.\nGetty\n2/3 The cracked support\nEngineers found the crack during a routine inspection in the autumn of last year.\nJane Doe / Greenpeace\n3/3 A ferry waits\nThe temporary ferry will run every twenty minutes from early morning to late at night.\nAP";
    let x = bridge(&[P1, P2, slides, P3, P4]);
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert!(!x.body_text.contains("ferry waits"), "{}", x.body_text);
    assert!(!x.body_text.contains("twenty minutes"), "{}", x.body_text);
    // A slide's credit is not the article's section.
    assert!(x.section.is_empty(), "{:?}", x.section);
    // A listicle told as slides: a long review under each counter is the article.
    let review = format!("{P1} {P2} {P3} {P4}");
    let listicle = format!(
        "1/3 The Old Bridge\n{review}\n\n2/3 The New Ferry\n{review}\n\n3/3 The Temporary Road\n{review}"
    );
    let x = read_text_clipping(&page("Three Crossings to Know", &[P1, &listicle]));
    assert!(x.body_text.contains("The New Ferry"), "{}", x.body_text);
    assert!(x.body_text.matches(P4).count() >= 3, "{}", x.body_text);
}

#[test]
fn video_player_controls_do_not_interrupt() {
    let player = "Play Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration Time 0:00\nLoaded: 0%\nProgress: 0%\nStream TypeLIVE\nRemaining Time -0:00\nPlayback Rate\nChapters\ndescriptions off, selected\nsubtitles off, selected\ncaptions settings, opens captions settings dialog\nFullscreen\nThis is a modal window.\nFont Size [100%]\nDefaults Done";
    let x = bridge(&[P1, P2, player, P3, P4]);
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert!(!x.body_text.contains("Playback"), "{}", x.body_text);
    // A lone player word is a sub-heading like any other.
    let x = bridge(&[P1, P2, "Chapters", P3, P4]);
    assert!(x.body_text.contains("\n\nChapters\n\n"), "{}", x.body_text);
}

#[test]
fn name_lists_are_furniture() {
    let kudos = "janed, rroe, Mika_L, bridgefan, oldtown22, Ferryman, kc, alba, Lou Smith, nightowl, tmz, river_rat, pontoon, ql, Harbour Cat, seagull7, AnnaK, brick_by_brick, quayside, Dock_9, tollgate and Jo as well as 30 guests left kudos on this work!";
    assert!(is_name_list(kudos));
    assert!(!is_name_list(P1));
    assert!(!is_name_list(
        "Apples, pears, plums and cherries grow here, said the farmer."
    ));
    assert!(!is_name_list(
        "The winners were Ann Lee, 34, Bo Park, 51, Cy Dunn, 29, Di Fox, 40, Ed Moss, 38, Flo Hart, 45, Gus Kim, 33, Hal Roy, 27, Ida Vos, 52, and Jo Tan, 31."
    ));
    let x = bridge(&[P1, P2, P3, kudos]);
    assert!(!x.body_text.contains("kudos"), "{}", x.body_text);
}

#[test]
fn lone_numbered_items_are_sub_headings() {
    let x = read_text_clipping(&page(
        "Five Things to Know About the Bridge",
        &[
            P1,
            "1. Check the supports first",
            P2,
            "2. The road closes in May",
            P3,
            "  • Bridge closures near you",
            P4,
        ],
    ));
    assert!(
        x.body_text.contains("1. Check the supports first"),
        "{}",
        x.body_text
    );
    assert!(
        x.body_text.contains("The road closes in May"),
        "{}",
        x.body_text
    );
    assert!(
        !x.body_text.contains("closures near you"),
        "{}",
        x.body_text
    );
}

#[test]
fn teaser_cards_with_doubled_headlines_and_excerpts() {
    let cards = [
        "Ferry Service Starts Next Week\nFerry Service Starts Next Week\nThe new line will carry cyclists and pedestrians across the river while the bridge is shut. It will run from six in the morning until midnight on weekdays, and the operator says tickets will cost the same as a bus fare, with discounts for…\nMarch 17, 2016\nIn \"News\"",
        "Mayor Promises Faster Repairs\nMayor Promises Faster Repairs\nWork on the supports is due to start in the spring, the mayor told the council on Monday evening, after a long debate about the cost of the work and about who should pay for it, with some members asking the region to…\nApril 8, 2015\nIn \"News\"",
        "Engineers Warn of Ageing Bridges\nEngineers Warn of Ageing Bridges\nMany crossings built in the sixties need urgent care, a report by the national association of engineers says, and the money set aside for their upkeep has fallen in each of the last ten years, while traffic has…\nJuly 22, 2016\nIn \"News\"",
    ];
    // An article of some length: the stack must hold less than half of the page's prose.
    let long = format!("{P1} {P2} {P3} {P4}");
    let mut body = vec![P1, &long, P2, &long, P3, "Related"];
    body.extend(cards);
    let x = bridge(&body);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn teaser_block_after_a_related_heading() {
    let block = "[thumb]\nFerry Service Starts Next Week The new line will carry cyclists and pedestrians across the river.\n[thumb]\nMayor Promises Faster Repairs Work on the supports is due to start in the spring, the mayor said.\n[thumb]\nEngineers Warn of Ageing Bridges Many crossings built in the sixties need urgent care, a report says.";
    let x = bridge(&[P1, P2, P3, P4, "Related coverage", block]);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    let x = bridge(&[P1, P2, "Artículos Relacionados", "  • Ferry Service Starts Next Week\n  • Mayor Promises Faster Repairs\n  • Engineers Warn of Ageing Bridges", P3, P4]);
    assert!(!x.body_text.contains("Ferry"), "{}", x.body_text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert_eq!(x.related.len(), 3);
    // Cards with their picture's alt line over the headline, under the heading.
    let cards = "Ferry on the river\nFerry Service Starts Next Week 01.08.2019\nThe new line will carry cyclists and pedestrians across the river while the bridge is shut.\n\nCity hall in spring\nMayor Promises Faster Repairs 19.07.2019\nWork on the supports is due to start in the spring, the mayor told the council.\n\nAn old bridge at dusk\nEngineers Warn of Ageing Bridges 01.04.2019\nMany crossings built in the sixties need urgent care, a report by engineers says.";
    let x = bridge(&[P1, P2, P3, P4, "Related content", cards]);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
}

#[test]
fn a_long_paragraph_is_not_a_caption() {
    let long = format!("{P1} {P2} {P3} {P4}");
    let opening = "The city council voted on Tuesday to close the old bridge";
    let x = bridge(&[opening, &long, P2]);
    assert!(x.body_text.contains(P4), "{}", x.body_text);
    assert!(x.photos.is_empty(), "{:?}", x.photos);
}

#[test]
fn author_biography_leaves_the_body() {
    let bio =
        "Jane Doe is a transport reporter for the Daily Example. She previously covered city hall.";
    let other = "John Roe is a reporter for the Evening Post who was detained on Monday.";
    // About someone who did not write the article: the news itself, kept.
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
        &[P1, P2, P3, other],
    ));
    assert!(x.body_text.ends_with(other), "{}", x.body_text);
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
        &[
            P1,
            P2,
            P3,
            "Jane Doe said the bridge had been unsafe for years.",
            bio,
        ],
    ));
    assert!(
        x.body_text.ends_with("unsafe for years."),
        "{}",
        x.body_text
    );
    assert!(AUTHOR_BIO.is_match("Mark di Stefano is a breaking news reporter for BuzzFeed News"));
    assert!(!AUTHOR_BIO.is_match("Jane Doe is a resident who crosses the bridge daily."));
    // An author box under the byline: the author's name on its own line, then the bio.
    let boxed = "Markus Balser kam 2001 zur Zeitung. Er ist Absolvent der Journalistenschule.";
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nVon Markus Balser, Berlin\nMarkus Balser",
        &[boxed, P1, P2, P3],
    ));
    assert_eq!(x.byline.as_deref(), Some("Markus Balser"));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    // At the end, under the name (an author photo's alt text), in any language.
    let x = bridge(&[
        P1,
        P2,
        P3,
        "Matthias Weber\nMatthias Weber ist ERP-Experte mit langjähriger Berufserfahrung.",
    ]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    // A note under the author's name at the end, however it opens.
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nBy Jane Doe",
        &[
            P1,
            P2,
            P3,
            "Jane Doe\nSenior Editor with a focus on transport. You can keep up with me on Twitter:",
        ],
    ));
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    // A portrait of someone else under a sub-heading with their name stays.
    let portrait = "Jane Roe\nJane Roe runs the ferry that will replace the bridge for two years.";
    let x = bridge(&[P1, portrait, P2, P3]);
    assert!(x.body_text.contains("runs the ferry"), "{}", x.body_text);
    // A box headed as one, about a guest author the byline does not name (horizont.net,
    // cnet.de, incurvy.de), its biography in two paragraphs.
    for heading in [
        "Über den Autor",
        "AUTOR",
        "About the author:",
        "incurvy Autorin",
    ] {
        let boxed = format!(
            "{heading}\nMartin Gerecke\nMartin Gerecke ist Rechtsanwalt in Hamburg und berät Unternehmen im Medienrecht.\n\nEr beurteilt, schützt und verteidigt Inhalte in Print, Online und Film."
        );
        let x = bridge(&[P1, P2, P3, &boxed]);
        assert!(x.body_text.ends_with(P3), "{heading}: {}", x.body_text);
    }
    // A section about an author with the story's text going on under it is no box.
    let long = format!("{P1} {P2} {P3} {P4}");
    let x = bridge(&[P1, P2, "Der Autor", &long, &long, &long, P4]);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert!(x.body_text.contains("Der Autor"), "{}", x.body_text);
}

#[test]
fn a_wiki_article_keeps_its_lead_and_its_title() {
    let lead = "Lanterns is a free-software community, created in 1998 by members of a \
                browser company. The community develops and promotes the browser, the mail \
                client and their components.";
    let history = "On January 23, 1998, the company made two announcements: first, that \
                   its browser will be free; second, that its source code will be free. \
                   One day later the project was started and its first release followed \
                   soon, after a long year of work that many volunteers joined.";
    let values = "According to the project's manifesto, which outlines goals, principles, \
                  and a pledge, the community uses a community-based approach to create \
                  world-class open-source software and to develop new kinds of \
                  collaborative activities.";
    let software = "Its browser is the best known of its products, translated into more \
                    than ninety languages, and it runs on most desktop and mobile systems \
                    that its volunteers and staff can test and support.";
    let text = [
        "Lanterns",
        "From Wikipedia, the free encyclopedia",
        "Jump to navigation Jump to search",
        "Free-software community",
        "Founded February 28, 1998",
        lead,
        "Contents",
        "  • 1 History\n      □ 1.1 Early years\n  • 2 Values\n  • 3 Software\n  • 4 See also\n  • 5 References",
        "History[edit]",
        "Main article: History of Lanterns",
        history,
        "Early years[edit]",
        history,
        "Values[edit]",
        values,
        "Software[edit]",
        "Main article: Lanterns browser",
        software,
        "See also[edit]",
        "  • Lantern (disambiguation)",
        "References[edit]",
        "^ \"The Lanterns Manifesto\". Lanterns. Retrieved 24 March 2015. The manifesto states \
         the principles the community holds, and the community keeps it up to date.",
        "  • This page was last edited on 26 September 2019, at 11:35 (UTC).",
    ]
    .join("\n\n");
    let x = read_text_clipping(&text);
    assert_eq!(x.title, "Lanterns");
    assert!(
        x.body_text.starts_with("Lanterns is a free-software"),
        "{}",
        x.body_text
    );
    assert!(x.body_text.contains("According to the project's manifesto"));
    assert!(!x.body_text.contains("1.1 Early years"), "{}", x.body_text);
    assert!(!x.body_text.contains("Contents"), "{}", x.body_text);
    assert_eq!(x.published, None);
    assert_eq!(
        x.modified.map(|d| d.normalized).as_deref(),
        Some("2019-09-26T11:35:00Z")
    );
    for line in [
        "Aus Wikipedia, der freien Enzyklopädie",
        "De Wikipedia, la enciclopedia libre",
        "Un article de Wikipédia, l'encyclopédie libre.",
    ] {
        assert!(WIKI_TAGLINE.is_match(&line.to_lowercase()), "{line}");
    }
}

#[test]
fn a_table_of_contents_does_not_split_the_article() {
    // The bridge story with `contents` over its sections.
    let with_contents = |contents: &str| {
        bridge(&[
            P1,
            contents,
            "Why it closed",
            P2,
            "What engineers found",
            P3,
            "The supports",
            P4,
            "What comes next",
            P2,
        ])
    };
    // Bulleted (a text browser's copy), then as a graphical browser copies it: no
    // bullets, the list's lines in one block.
    for contents in [
        "Contents\n\n  • Why it closed\n  • What engineers found\n      ◦ The supports\n  • What comes next",
        "Contents\nWhy it closed\nWhat engineers found\nThe supports\nWhat comes next",
    ] {
        let x = with_contents(contents);
        assert!(x.body_text.starts_with(P1), "{}", x.body_text);
        assert_eq!(
            x.body_text.matches("What engineers found").count(),
            1,
            "{}",
            x.body_text
        );
        assert!(!x.body_text.contains("Contents"), "{}", x.body_text);
    }
    // A protocol example's headers printed twice are no table of contents.
    let headers = "Origin: https://a.example\nIf-Match: \"13\"\nAccept: text/plain; q=1";
    let x = bridge(&[P1, headers, P2, headers, P3]);
    assert_eq!(
        x.body_text.matches("If-Match").count(),
        2,
        "{}",
        x.body_text
    );
}

#[test]
fn a_slash_trail_below_the_article_is_not_its_section() {
    let x = bridge(&[P1, P2, P3, "Adblock / Adblock Plus"]);
    assert!(x.section.is_empty(), "{:?}", x.section);
    let x = bridge(&[P1, P2, P3, "News > Local"]);
    assert_eq!(x.section, vec!["News", "Local"]);
}

/// `header` (a headline, perhaps more lines) over the bridge story's four paragraphs, as
/// a paste that begins at the headline.
fn story(header: &str) -> String {
    format!("{header}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n")
}

/// The bridge story long enough for the boxes and comment sections after it to be told
/// apart from it (150 prose words and more: five long paragraphs, then [`P3`]), followed
/// by `after`.
fn long_bridge(after: &[&str]) -> Extracted {
    let mut body: Vec<String> = (0..5)
        .map(|i| format!("Paragraph {i}: {P1} {P2}"))
        .collect();
    body.push(P3.to_string());
    body.extend(after.iter().map(|line| line.to_string()));
    let body: Vec<&str> = body.iter().map(String::as_str).collect();
    bridge(&body)
}

#[test]
fn comment_sections_in_other_languages_end_the_article() {
    for heading in [
        "Comentar",
        "12 comentarios",
        "Comentários (3)",
        "Commenter",
        "Komentarze",
        "コメント",
        "Yorumlar",
    ] {
        assert!(is_comments_start(&heading.to_lowercase()), "{heading}");
    }
    assert!(!is_comments_start(
        "comentarios del ministro sobre la reforma"
    ));
    let article: String = (0..6)
        .map(|i| format!("El fiscal {i} está perfilando con el jefe de la Fiscalía Anticorrupción, en Madrid, la estrategia a seguir ante la imputación, y decidirá esta semana si recurre el auto del juez.\n\n"))
        .collect();
    let comments: String = (0..12)
        .map(|i| format!("Lector{i}\n\nHace {i} minutos\n\nVaya comportamiento tan poco ejemplar, defiende lo indefendible, como para que los ciudadanos confíen en la justicia de este país, que cada día se parece más a una pandereta sin remedio.\n\nValoración:3menosmas\n\n"))
        .collect();
    let text = format!("Noticias\n\nAnticorrupción decidirá en Madrid si recurre la imputación\n\n{article}Publicidad\n\nComentar\n\nNormas de uso y aviso legal\n\n{comments}");
    let out = read_text_clipping(&text);
    assert!(out.body_text.contains("El fiscal 5"), "{}", out.body_text);
    assert!(
        !out.body_text.contains("Vaya comportamiento"),
        "{}",
        out.body_text
    );
}

#[test]
fn a_related_heading_may_end_with_an_ellipsis() {
    for marker in [
        "You Might Also Like …",
        "Das könnte dich auch interessieren …",
        "Related...",
        "Editors’ Recommendations:",
        "Redaktionstipp",
    ] {
        assert!(is_related_marker(marker), "{marker}");
    }
    // A menu's `Editors' picks` is no list of related stories.
    assert!(!is_related_marker("Editors' picks"));
    // `Read more…` links to the rest of a teaser; `More…` opens a menu.
    for link in ["Read more…", "More...", "More …"] {
        assert!(!is_related_marker(link), "{link}");
    }
    let x = long_bridge(&["You Might Also Like …\n  • Ferry Service Starts Next Week\n  • Mayor Promises Faster Repairs\n  • Engineers Warn of Ageing Bridges"]);
    assert_eq!(x.related.len(), 3, "{:?}", x.related);
    assert!(!x.body_text.contains("Ferry"), "{}", x.body_text);
}

#[test]
fn teaser_cards_with_run_together_headlines_and_authors() {
    assert!(opens_with_doubled_phrase("Deepfake Audio Is a Political Nightmare Deepfake Audio Is a Political Nightmare British fact-checkers are racing to debunk a recording."));
    assert!(!opens_with_doubled_phrase(
        "Very, very good news came from the council on Tuesday."
    ));
    assert!(!opens_with_doubled_phrase(
        "No no no, said the mayor, no no no to the bridge."
    ));
    let cards = [
        "More from the Courier",
        "Ferry Service Starts Next Week Ferry Service Starts Next Week The new line will carry cyclists and pedestrians across the river while the bridge is shut.",
        "Jane Doe",
        "Mayor Promises Faster Repairs\nMayor Promises Faster Repairs",
        "Work on the supports is due to start in the spring, the mayor told the council on Monday.",
        "John Roe",
        "Engineers Warn of Ageing Bridges Engineers Warn of Ageing Bridges Many crossings built in the sixties need urgent care, a report by engineers says.",
        "Anna Smith",
        "Old Trams Return to the Harbour Old Trams Return to the Harbour The heritage line reopens in May after three years of work on its tracks and depots.",
        "Mark Stone",
    ];
    let x = long_bridge(&cards);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn a_box_of_popular_stories_inside_the_article_is_navigation() {
    let bx = [
        "Most Popular",
        "Ferry Service Starts Next Week",
        "Travel",
        "Ferry Service Starts Next Week",
        "Jane Doe",
        "Mayor Promises Faster Repairs Politics Mayor Promises Faster Repairs",
        "John Roe",
        "Engineers Warn of Ageing Bridges",
        "Science",
        "Engineers Warn of Ageing Bridges",
        "Anna Smith",
    ];
    let more: Vec<String> = (5..8)
        .map(|i| format!("Paragraph {i}: {P2} {P1}"))
        .collect();
    let mut after: Vec<&str> = bx.to_vec();
    after.extend(more.iter().map(String::as_str));
    after.push(P4);
    let x = long_bridge(&after);
    assert!(x.body_text.contains(P3), "{}", x.body_text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    for line in ["Ferry", "Travel", "Jane Doe", "Politics", "Anna Smith"] {
        assert!(!x.body_text.contains(line), "{line}: {}", x.body_text);
    }
}

#[test]
fn dates_and_bylines_under_the_comments_are_not_the_articles() {
    let below = [
        "0 Comments",
        "Jane Reader · May 30, 2019 at 1:06 PM",
        "Great piece, thanks.",
        "Popular Posts",
        "Ferry Service Starts Next Week",
        "Ferry Service Starts Next Week",
        "November 16, 2016",
        "By John Roe",
    ];
    let text = story("City Shuts Old Bridge After Cracks Found") + &below.join("\n\n");
    let x = read_text_clipping(&text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert_eq!(x.published, None);
    assert_eq!(x.byline, None);
    // The article's own date and byline, under its headline, are still read.
    let dated = text.replacen("Found\n\n", "Found\n\nJane Doe October 06, 2018\n\n", 1);
    let x = read_text_clipping(&dated);
    assert_eq!(
        x.published.map(|d| d.raw),
        Some("October 06, 2018".to_string())
    );
}

#[test]
fn a_date_deep_in_a_stack_of_teaser_cards_is_a_teasers() {
    // The article prints only when it was updated; six teaser cards under `Related
    // stories` each print a headline, a date, a lone comma and a place.
    let mut below = vec!["Related stories".to_string()];
    for (n, place) in ["Europe", "Asia", "Europe", "World", "Asia", "Europe"]
        .iter()
        .enumerate()
    {
        below.push(format!("Ferry Service Number {n} Starts Next Week"));
        below.push(format!("{} June 2012", n + 20));
        below.push(",".to_string());
        below.push(place.to_string());
    }
    below.push("Top stories".to_string());
    let text = story("City Shuts Old Bridge After Cracks Found\n\nUpdated 10 December 2012")
        + &below.join("\n\n");
    let x = read_text_clipping(&text);
    assert_eq!(
        x.modified.map(|d| d.normalized).as_deref(),
        Some("2012-12-10")
    );
    assert_eq!(x.published, None);
    // A date far under the heading, after the cards stop repeating, is not taken for
    // a teaser's: here the article's own date at its foot.
    let foot = format!(
        "{}\n\nMore from the city desk\n\nOur reporters\n\nPublished 3 May 2012",
        below[..13].join("\n\n")
    );
    let x = read_text_clipping(&(story("City Shuts Old Bridge After Cracks Found") + &foot));
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2012-05-03")
    );
}

#[test]
fn an_authors_name_under_the_title_is_the_byline_when_the_page_shows_it_is_one() {
    let title = "City Shuts Old Bridge After Cracks Found";
    let authors = |header: &str, after: &str| {
        read_text_clipping(&(story(&format!("{title}\n\n{header}")) + after)).authors
    };
    // The author's picture printed as the name, then the name, then the date.
    assert_eq!(
        authors(
            "Jane Doe\n\nJane Doe\n\nFollow\n\nOct 18, 2019 · 8 min read",
            ""
        ),
        ["Jane Doe"]
    );
    // The date right under the name, or over it and the author's picture.
    assert_eq!(authors("Jane Doe\n\nDecember 18, 2020", ""), ["Jane Doe"]);
    // A relative time says as much (`před 2 hodinami`).
    assert_eq!(authors("Jane Doe\n\n3 hours ago", ""), ["Jane Doe"]);
    assert_eq!(
        authors("December 18, 2020\n\n[avatar]\n\nJane Doe", ""),
        ["Jane Doe"]
    );
    // The name printed again after the text, introduced as an author's or in a note
    // about them.
    assert_eq!(authors("Jane Doe", "MORE FROM Jane Doe"), ["Jane Doe"]);
    assert_eq!(
        authors("Jane Doe", "Jane Doe is on Twitter at jane_doe."),
        ["Jane Doe"]
    );
    // A capitalised line the page gives no such sign for is no author: a topic, a
    // button printed again far away, a line under a date over a sub-heading.
    assert!(authors("Climate Change", "").is_empty());
    assert!(authors("Link Copied", "Link Copied").is_empty());
    assert!(authors("December 18, 2020\n\nWatch the Repairs\n\nPlay Video", "").is_empty());
    assert!(authors("Jane Doe", "Jane Doe now sells bread at the market.").is_empty());
}

/// A line read as a byline: its text, authors and date.
fn read_byline(line: &str) -> Option<(String, Vec<String>, Option<String>)> {
    match byline(line) {
        Some(Kind::Byline {
            byline,
            authors,
            date,
        }) => Some((byline, authors, date.map(|d| d.normalized))),
        _ => None,
    }
}

#[test]
fn the_marks_before_a_byline_are_no_part_of_it() {
    let (_, authors, date) = read_byline("// By Arun Sai Krishnan • Nov 11, 2020").unwrap();
    assert_eq!(authors, ["Arun Sai Krishnan"]);
    assert_eq!(date.as_deref(), Some("2020-11-11"));
}

#[test]
fn a_name_glued_to_its_date_and_an_ad_widgets_credit() {
    // breitbart's byline strip copied as one line: name, date, comment count.
    let (byline, authors, _) = read_byline("by Lucas Nolan22 Dec 2016651").unwrap();
    assert_eq!(byline, "Lucas Nolan");
    assert_eq!(authors, ["Lucas Nolan"]);
    // A recommendation widget's credit is no byline, and is furniture.
    for line in [
        "by TaboolaSponsored Links",
        "Promoted by Outbrain",
        "by Taboola",
    ] {
        assert!(read_byline(line).is_none(), "{line}");
        assert!(is_furniture(line, &line.to_lowercase()), "{line}");
    }
}

#[test]
fn a_byline_in_a_row_of_the_articles_facts() {
    let (_, authors, date) = read_byline(
        "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin \
         Untersinger",
    )
    .unwrap();
    assert_eq!(authors, ["Martin Untersinger"]);
    assert_eq!(date.as_deref(), Some("2015-05-04"));
    // No row: another part is a sentence, or no part is a date.
    let sentence = "04.05.2015 | The council met on Monday to discuss it | By Jane Doe";
    assert!(read_byline(sentence).is_none());
    assert!(read_byline("Europe | Opinion | By Jane Doe and the Editors of This Page").is_none());
}

#[test]
fn a_name_and_a_date_between_slashes_are_a_byline() {
    let (_, authors, date) = read_byline("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013").unwrap();
    assert_eq!(authors, ["Cory Doctorow"]);
    assert_eq!(date.as_deref(), Some("2013-07-19"));
    // Section labels between slashes are none.
    assert!(read_byline("Comics / demographics / economics / happy mutants").is_none());
}

#[test]
fn a_row_with_a_byline_keeps_it_when_a_menu_lists_the_name() {
    let x = bridge(&[
        "Le Monde | 04.05.2015 à 13h36 | Par Jane Doe",
        P1,
        P2,
        P3,
        "  • Jane Doe\n  • John Roe\n  • Ann Smith",
    ]);
    assert_eq!(x.authors, ["Jane Doe"]);
}

#[test]
fn a_bylines_notes_in_brackets_name_co_authors_or_a_photographer() {
    let (line, authors, _) =
        read_byline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)").unwrap();
    assert_eq!(
        line,
        "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    );
    assert_eq!(
        authors,
        ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
    );
    // Who took the pictures is credited, not an author.
    let (line, authors, _) =
        read_byline("by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)").unwrap();
    assert_eq!(
        line,
        "Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"
    );
    assert_eq!(authors, ["Eleanor Ainge Roy"]);
}

#[test]
fn an_em_dash_with_a_space_on_one_side_sets_a_bylines_parts_apart() {
    let (_, authors, date) =
        read_byline("Nicolas Perriault — 2013-09-29— in Code — Permalink — License— flattr this")
            .unwrap();
    assert_eq!(authors, ["Nicolas Perriault"]);
    assert_eq!(date.as_deref(), Some("2013-09-29"));
}

#[test]
fn an_authors_picture_printed_as_its_file_name_before_the_name() {
    assert_eq!(
        read_byline("dsteer-headshot Dave Steer").unwrap().1,
        ["Dave Steer"]
    );
    assert!(read_byline("Avatar The Last Airbender").is_none());
}

#[test]
fn a_posts_foot_line_ends_its_text() {
    let x = bridge(&[
        P1,
        P2,
        P3,
        "Jane Doe — 2013-09-29 — in Code — Permalink",
        // Two lines of one block, the rule among them: code, which scores a little.
        "━━━━━━━━━━━━━━━━━━━━\nCrawling the Web with JavaScript | Testing your frontend code",
    ]);
    assert_eq!(x.authors, ["Jane Doe"]);
    assert!(!x.body_text.contains("Crawling"), "{}", x.body_text);
}

#[test]
fn a_handle_glued_to_the_name_and_an_updates_label_are_no_part_of_it() {
    let (_, authors, date) =
        read_byline("By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT").unwrap();
    assert_eq!(authors, ["Alissa Wilkinson"]);
    assert_eq!(date, None);
    assert_eq!(without_handles("Jane Doe @jane_doe"), "Jane Doe ");
    assert_eq!(without_handles("jane@example.org"), "jane@example.org");
}

#[test]
fn a_whole_days_date_then_by_and_the_name() {
    let (_, authors, date) = read_byline("Tuesday 15 October 2019 by Bradley M. Kuhn").unwrap();
    assert_eq!(authors, ["Bradley M. Kuhn"]);
    assert_eq!(date.as_deref(), Some("2019-10-15"));
    // A year is no day: a copyright line.
    assert!(read_byline("© 2019 by Jane Doe").is_none_or(|(_, _, date)| date.is_none()));
}

#[test]
fn a_byline_sentences_full_stop_is_no_part_of_the_name() {
    let (_, authors, _) =
        read_byline("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.").unwrap();
    assert_eq!(authors, ["Bradley M. Kuhn"]);
    assert_eq!(read_byline("By John Roe Jr.").unwrap().1, ["John Roe Jr."]);
}

#[test]
fn an_authors_name_with_their_role_under_the_title() {
    let x = read_text_clipping(&story(
        "City Shuts Old Bridge After Cracks Found\n\nJane Doe Transport editor\n\nMon 20 \
         Jan 2020 06.05 GMT",
    ));
    assert_eq!(x.authors, ["Jane Doe"]);
    assert_eq!(
        name_with_role("Jane Doe Chief political correspondent"),
        Some("Jane Doe")
    );
    // A role alone names nobody.
    assert_eq!(name_with_role("Transport editor"), None);
    assert_eq!(name_with_role("The bridge editor"), None);
}

#[test]
fn a_link_about_its_author_under_a_name_makes_it_the_byline() {
    let x = read_text_clipping(&story(
        "City Shuts Old Bridge After Cracks Found\n\nJane Doe\n\nSearch for this author \
         in:\n\n  • Google Scholar",
    ));
    assert_eq!(x.authors, ["Jane Doe"]);
}

#[test]
fn a_posts_hour_after_the_name_and_its_authors_in_the_sidebar() {
    assert_eq!(
        read_byline("Posted by Ned Deily at 5:11 AM").unwrap().1,
        ["Ned Deily"]
    );
    // The blog lists its authors in a menu: the foot's `Posted by` keeps its name.
    let x = bridge(&[
        P1,
        P2,
        P3,
        "Posted by Jane Doe at 5:11 AM",
        "Labels",
        "  • Jane Doe\n  • John Roe\n  • Ann Smith",
    ]);
    assert_eq!(x.authors, ["Jane Doe"]);
}

#[test]
fn a_name_with_a_short_relative_time() {
    assert_eq!(
        read_byline("James Akinaka • 8h").unwrap().1,
        ["James Akinaka"]
    );
}

#[test]
fn a_line_ending_in_by_gives_the_name_under_it() {
    let x = bridge(&[P1, P2, P3, "[0]", "Written on Mar 17 by", "Jane Doe"]);
    assert_eq!(x.authors, ["Jane Doe"]);
    assert!(!x.body_text.contains("Written on"), "{}", x.body_text);
}

#[test]
fn a_standfirst_with_the_byline_under_it_is_not_the_title() {
    // A long read's header: kicker, headline, the photo's caption, standfirst, byline,
    // then the main image's caption and the headline again over the sponsor and date.
    let headline = "'Will it hold?': residents of the old town fear for their bridge";
    let x = read_text_clipping(&story(&format!(
        "Seascape: the state of our oceans\n\n{headline}\n\nThe old bridge at dawn. \
         Photograph: Jane Roe/Reuters\n\nEngineers found deep cracks in two of the old \
         bridge's piers during a routine check last week\n\nby John Smith\n\nMain image: \
         The old bridge at dawn. Photograph: Jane Roe/Reuters\n\n{headline}\n\nSeascape: \
         the state of our oceans is supported by\n\nThe Packard Foundation About this \
         content\n\nThu 3 Jan 2019 02.00 EST"
    )));
    assert_eq!(x.title, headline);
    assert_eq!(x.authors, ["John Smith"]);
}

#[test]
fn the_title_a_pictures_alt_text_names_wins_over_teasers() {
    let title = "City Shuts Old Bridge After Cracks Found";
    let x = read_text_clipping(&story(&format!(
        "{title}\n\nMayor Opens New Ferry Terminal on the East \
         Bank\n\nJane Roe\n\nToday 7:30AM\n\nCouncil Approves Budget for Next Year's Road \
         Repairs\n\nJohn Smith\n\nYesterday 12:35PM\n\nHarley-Davidson Has Some Neat New \
         Motorcycles In The Works\n\nIllustration for article titled City Shuts emOld/em Bridge After \
         Cracks Found"
    )));
    assert_eq!(x.title, title);
    assert!(!x.body_text.contains("Illustration"), "{}", x.body_text);
    // Even when the last of a box of teasers stands right over the article's own author
    // and date, and the headline shares no word with the text (Kotaku's long reads).
    let title = "A Century of Crossings, One Of the Region's Oldest Landmarks";
    let x = read_text_clipping(&story(&format!(
        "{title}\n\nYou may also like\n\nMayor Opens New Ferry Terminal on the East \
         Bank\n\nMore from our network\n\nRead on\n\nThe 50 most important independent \
         movies of the decade\n\nRead on\n\nSome people went and animated an unused film \
         script\n\nRead on\n\nHarley-Davidson Has Some Neat New Motorcycles In The \
         Works\n\nJane Roe\n9/11/13 10:00AM\n\nIllustration for article titled A Century \
         of emCrossings/em, One Of the Regions Oldest Landmarks"
    )));
    assert_eq!(x.title, title);
    assert_eq!(
        x.published.map(|d| d.normalized).as_deref(),
        Some("2013-09-11")
    );
}

#[test]
fn a_date_line_ending_in_a_byline_gives_both() {
    let x = read_text_clipping(&story(
        "City Shuts Old Bridge After Cracks Found\n\n19.03.2019 11:45 | von Inga Buller",
    ));
    assert_eq!(x.authors, ["Inga Buller"]);
    assert_eq!(
        x.published.map(|d| d.normalized),
        Some("2019-03-19".to_string())
    );
    // A date line with a label after it is still only a date.
    let x = read_text_clipping(&story(
        "City Shuts Old Bridge After Cracks Found\n\n19.03.2019 | Politik",
    ));
    assert!(x.authors.is_empty());
    assert!(x.published.is_some());
}

#[test]
fn a_teaser_with_a_link_to_its_post_is_not_the_title() {
    let mut text = String::new();
    for (teaser, date, link) in [
        (
            "School Day at the Fashion Academy",
            "14/06/2019",
            "WEITERLESEN",
        ),
        (
            "Ferry Service Starts Next Week",
            "26/03/2019",
            "Read more »",
        ),
        (
            "Mayor Promises Faster Repairs",
            "01/02/2019",
            "Continue reading",
        ),
    ] {
        text.push_str(&format!("{teaser}\n\n{date}\n\n{link}\n\n"));
    }
    text.push_str(&story("FALL IN LOVE WITH BLACK\n\n[outfit-black]"));
    let x = read_text_clipping(&text);
    assert_eq!(x.title, "FALL IN LOVE WITH BLACK");
    assert!(READ_ON.is_match("Lire la suite…"));
    assert!(!READ_ON.is_match("Read more about the bridge repairs"));
}

#[test]
fn a_printed_gallery_gives_its_captions_as_photos() {
    let captions = [
        "Police officers adjust a barricade along the route of the parade in New York.",
        "Passengers wait for a bus to arrive during a light rain on Wednesday.",
        "A pedestrian walks through snow showers in Pittsburgh on November 26.",
    ];
    let title = "Weather threatens holiday plans";
    let gallery = format!(
        "{}\nHIDE CAPTION\n{}",
        captions.join("\n"),
        [title; 3].join("\n")
    );
    let x = bridge(&[&gallery, P1, P2, P3]);
    let found: Vec<Option<&str>> = x.photos.iter().map(|p| p.caption.as_deref()).collect();
    assert_eq!(found, captions.map(Some).to_vec());
    for line in ["HIDE CAPTION", title, "Police officers"] {
        assert!(!x.body_text.contains(line), "{line}: {}", x.body_text);
    }
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    // Without the button, the captions and titles must each be one block of lines: the
    // same caption printed under three of the article's pictures leaves the text alone.
    let spaced = format!("{}\n\n{}", captions.join("\n\n"), [title; 3].join("\n\n"));
    let x = bridge(&[P1, &spaced, P2, P3]);
    assert!(x.photos.is_empty(), "{:?}", x.photos);
    assert!(x.body_text.contains(captions[1]), "{}", x.body_text);
}

#[test]
fn picture_teasers_under_a_related_heading_leave_the_body() {
    let teasers = [
        "Related",
        "Top story",
        "[img_748985]",
        "Ferry service across the river starts next week as the council keeps the old bridge shut to cars and lorries for repairs",
        "[img_f2b1c8]",
        "The mayor promises faster repairs after years of neglect and a long debate in the council about who should pay for them",
        "Sponsored",
        "[img_807a22]",
        "Engineers warn that the ageing bridges built across the whole country in the sixties now need urgent care and more money",
    ];
    let x = long_bridge(&teasers);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn a_teasers_label_is_not_a_related_story() {
    let x = long_bridge(&["Related", "Top story", "Ferry Service Starts Next Week"]);
    let related: Vec<&str> = x.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(related, ["Ferry Service Starts Next Week"]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn a_links_label_with_its_arrow_is_navigation() {
    for line in [
        "Next Page >",
        "More News ›",
        "Zurück zu SimplyScience.ch >",
        "メディア・報道関係・法人の方向け写真・動画購入のお問合せ>",
    ] {
        let kind = classify_one(&short_unit(line), None);
        assert!(
            matches!(kind, Kind::Nav | Kind::Furniture),
            "{line}: {kind:?}"
        );
    }
    for line in ["#include <IRremote.h>", "<stdio.h> and <stdlib.h>"] {
        assert_ne!(
            classify_one(&short_unit(line), None),
            Kind::Furniture,
            "{line}"
        );
    }
    let x = bridge(&[P1, P2, "戦争・紛争一覧へ>", P3, "Next On The Courier ›"]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
    assert!(!x.body_text.contains('>'), "{}", x.body_text);
}

#[test]
fn never_panics() {
    for input in [
        "",
        "\n\n\n",
        "•",
        "• \n*\n-",
        "By",
        "|||",
        "RELATED:",
        "Photo:",
        "©",
        "> > >",
        "日本語のテキストです。これは記事です。",
        "\u{feff}Title\r\n\r\nBody text.",
    ] {
        let _ = read_text_clipping(input);
    }
}
#[test]
fn a_post_meta_sentence_dates_the_post() {
    // The author named, if any, and the day.
    let day = |line: &str| match post_meta(line) {
        Some(Kind::Date(DateRole::Published, d)) => Some((None, d.normalized[..10].to_string())),
        Some(Kind::Byline {
            byline,
            date: Some(d),
            ..
        }) => Some((Some(byline), d.normalized[..10].to_string())),
        _ => None,
    };
    assert_eq!(
        day("This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under Arduino. You can follow any responses to this entry through the RSS 2.0 feed."),
        Some((None, "2015-12-14".to_string()))
    );
    assert_eq!(
        day("This entry was posted in News on December 14, 2015 by Jane Doe."),
        Some((Some("Jane Doe".to_string()), "2015-12-14".to_string()))
    );
    assert_eq!(
        day("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort Arduino in die Kategorie Arduino eingeordnet. Es gibt schon 9 Kommentare, wie ist deine Meinung zu diesem Thema?"),
        Some((Some("Heiner".to_string()), "2015-12-14".to_string()))
    );
    // No date, no dating; a sentence that only mentions an entry is no such sentence.
    assert_eq!(
        day("This entry was posted in Uncategorized. Bookmark the permalink."),
        None
    );
    assert_eq!(
        day("We said on December 14, 2015 that this entry was posted by Jane Doe."),
        None
    );
}

#[test]
fn a_blog_signed_with_one_name_under_its_title() {
    let text = story("City Shuts Old Bridge After Cracks Found\n\nvon Heiner")
        + "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und unter dem Stichwort Brücken in die Kategorie Stadt eingeordnet. Es gibt schon 9 Kommentare.\n\n9 comments to City Shuts Old Bridge After Cracks Found\n\nErkan\n15. Dezember 2015 at 11:21 · Antwort\n";
    let x = read_text_clipping(&text);
    assert_eq!(x.byline.as_deref(), Some("Heiner"));
    assert_eq!(x.authors, vec!["Heiner".to_string()]);
    assert_eq!(
        x.published
            .map(|d| d.normalized[..10].to_string())
            .as_deref(),
        Some("2015-12-14")
    );
    assert!(
        !x.body_text.contains("Dieser Artikel wurde"),
        "{}",
        x.body_text
    );
    // The name alone under the title, the post's foot saying nothing.
    let x = read_text_clipping(&story(
        "City Shuts Old Bridge After Cracks Found\n\nvon Heiner",
    ));
    assert_eq!(x.byline.as_deref(), Some("Heiner"));
    // One capitalised word after `by` elsewhere is no byline.
    let x = read_text_clipping(
        &(story("City Shuts Old Bridge After Cracks Found") + "Photos\n\nBy Heiner\n"),
    );
    assert_eq!(x.byline, None);
}

/// A sidebar's text after a short post's comment form: a blog's licence and its
/// disclaimer, longer than the post.
const SIDEBAR: &str = "Kategorien\n\n  • Dessert\n  • Gebäck\n\nHaftungshinweis\n\nTrotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links, die in meinem Blog zugänglich sind; für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich, und das gilt für alle Links auf dieser Seite.\n\nDie Bilder in diesem Blog stehen unter einer Creative Commons Lizenz, und Erlaubnisse, die über diese Lizenz hinausgehen, erhalten Sie auf Anfrage per E-Mail bei der Autorin.\n";

#[test]
fn a_short_post_ends_at_its_comment_form() {
    let post = format!(
        "City Shuts Old Bridge After Cracks Found\n\n{P1}\n\n{P2}\n\nKommentar verfassen Antwort abbrechen\n\nGib hier Deinen Kommentar ein ...\n[                    ]\n\nName (erforderlich)\n[                    ]\n\n{SIDEBAR}"
    );
    let x = read_text_clipping(&post);
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(x.body_text.contains(P2), "{}", x.body_text);
    assert!(!x.body_text.contains("Haftung"), "{}", x.body_text);
    // A comments heading with no form after it needs a longer article before it: a
    // counter under a headline is followed by the article.
    let counted = post.replace(
        "Kommentar verfassen Antwort abbrechen\n\nGib hier Deinen Kommentar ein ...\n[                    ]\n\nName (erforderlich)\n[                    ]",
        "3 Kommentare",
    );
    let x = read_text_clipping(&counted);
    assert!(x.body_text.contains("Haftung"), "{}", x.body_text);
    // Comments closed at a post's foot end it as a form does.
    let closed = post.replace(
        "Kommentar verfassen Antwort abbrechen",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
    );
    let x = read_text_clipping(&closed);
    assert!(!x.body_text.contains("Haftung"), "{}", x.body_text);
}

#[test]
fn a_list_set_as_lines_stays_in_the_article() {
    let recipe = format!(
        "Almond Biscuits\n\nPreparation: 25 minutes\nMakes: 40 biscuits\n\nIngredients:\n300 g flour\n1 tsp baking powder\n100 g ground almonds\n200 g butter\n\n{P1}\n\n{P2}\n\nTimetable:\nWarm up 11:00\nContest 12:00\n\nBe there!\n\nRelated\n\n  • Another story\n"
    );
    let x = read_text_clipping(&recipe);
    for line in [
        "Preparation: 25 minutes",
        "Ingredients:",
        "200 g butter",
        "Warm up 11:00",
        "Contest 12:00",
    ] {
        assert!(x.body_text.contains(line), "{line}: {}", x.body_text);
    }
    assert_eq!(x.title, "Almond Biscuits");
    // Away from the article's text, a colon's short lines are not its list.
    let units = read_units(&format!(
        "Follow us:\nFacebook page\nInstagram page\n\nMenu\n\nHome\n\nAbout\n\nCity Shuts Old Bridge After Cracks Found\n\n{P1}\n"
    ));
    assert!(units[..3].iter().all(|u| u.kind != Kind::ListItem));
}

#[test]
fn copies_of_a_line_beside_a_picture_counter_are_a_gallery() {
    let mut lines = vec![P1.to_string(), P2.to_string()];
    lines.extend(std::iter::repeat_n("HTC Touch".to_string(), 3));
    lines.push("Bild 1 von 9".to_string());
    lines.extend(std::iter::repeat_n("HTC Touch".to_string(), 8));
    lines.push(P3.to_string());
    let text = format!(
        "City Shuts Old Bridge After Cracks Found\n\n{}\n\nMore stories\n",
        lines.join("\n")
    );
    let x = read_text_clipping(&text);
    assert!(
        x.body_text.contains(P1) && x.body_text.contains(P3),
        "{}",
        x.body_text
    );
    assert!(!x.body_text.contains("HTC Touch"), "{}", x.body_text);
    assert!(!x.body_text.contains("Bild 1 von 9"), "{}", x.body_text);
    // A few copies without a counter are no gallery.
    let units = read_units("HTC Touch\nHTC Touch\nHTC Touch\nHTC Touch\n");
    assert!(units.iter().all(|u| u.kind != Kind::Gallery));
}

#[test]
fn a_day_before_its_month_is_a_date_not_a_list_number() {
    let x = read_text_clipping(&story(
        "8. Dezember 2012\n\nCity Shuts Old Bridge After Cracks Found",
    ));
    assert_eq!(
        x.published
            .map(|d| d.normalized[..10].to_string())
            .as_deref(),
        Some("2012-12-08")
    );
    // A numbered sub-heading keeps its number.
    let units = read_units("8. Check the supports first\n");
    assert_eq!(units[0].number.as_deref(), Some("8."));
}

#[test]
fn copyright_labels_a_credit_and_discussion_heads_comments() {
    assert_eq!(
        caption_credit("Mandelplätzchen , Copyright: CC BY-NC-ND 3.0"),
        Some(("Mandelplätzchen".to_string(), "CC BY-NC-ND 3.0".to_string()))
    );
    assert!(is_comments_start("17 discussion to this post"));
}

#[test]
fn a_teaser_after_a_related_heading_ends_the_article() {
    let x = read_text_clipping(
        &(story("City Shuts Old Bridge After Cracks Found")
            + "Weitere interessante Themen\n\nFerry prices\n\nQuestions and answers about the new ferry fares and the discounts for residents.\n\nCaves under the city\n\nPrivacy policy\n"),
    );
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    // Inside the article, the text goes on after the heading.
    let x = read_text_clipping(&format!(
        "City Shuts Old Bridge After Cracks Found\n\n{P1}\n\n{P2}\n\nRelated\n\nFerry prices\n\n{P3}\n\n{P4}\n\nPrivacy policy\n"
    ));
    assert!(x.body_text.starts_with(P1), "{}", x.body_text);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
}

#[test]
fn a_counter_over_a_share_bar_is_no_comment_form() {
    // A standfirst, `12 Kommentare` under it, then the share bar's `E-Mail` button: the
    // article follows, not comments.
    let text = format!(
        "  • Home\n  • World\n\nCity Shuts Old Bridge After Cracks Found\n\n{P3} {P4}\n\n12 Kommentare\n\nFacebook\nE-Mail\n\nThe old bridge closed on Tuesday.\n\n{P1}\n\n{P2}\n\nMore stories\n\n  • Another story\n"
    );
    let units = read_units(&text);
    assert_eq!(comments_after_article(&units), None);
    let x = read_text_clipping(&text);
    assert!(x.body_text.contains(P2), "{}", x.body_text);
}

#[test]
fn lists_set_as_lines_take_one_step_from_the_text() {
    let units = read_units(&format!(
        "{P1}\n\nAddress:\nTown hall\nMain square 1\n\nOpening hours:\nWeekdays nine to five\nSaturday mornings\n\nRessorts:\nPolitics desk\nSport desk\n"
    ));
    let listed = |text: &str| {
        units
            .iter()
            .find(|u| u.text == text)
            .is_some_and(|u| u.kind == Kind::ListItem)
    };
    assert!(
        listed("Town hall") && listed("Saturday mornings"),
        "{:?}",
        units.iter().map(|u| (&u.text, &u.kind)).collect::<Vec<_>>()
    );
    assert!(!listed("Politics desk"));
}

/// The blocks of a body's HTML, one per line, without their text.
fn html_shape(html: &str) -> Vec<String> {
    html.lines()
        .map(|line| {
            let end = line.find('>').map_or(line.len(), |e| e + 1);
            line[..end].to_string()
        })
        .collect()
}

#[test]
fn pasted_text_keeps_its_headings_lists_and_code() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            "What happens next",
            P2,
            "The council listed three reasons:\n\n  • Cracks were found in two of the supports under the deck.\n  • Rust has eaten through the railings on the southern side.\n  • The bridge failed a load test in the autumn.",
            "Engineers will follow these steps:\n\n 1. They will close the deck to all traffic in March.\n 2. They will test each of the piers for cracks.\n 3. They will report to the council in May.",
            "    $ curl https://example.org/bridge/status\n    {\"open\": false}",
            P3,
        ],
    ));
    assert_eq!(
        html_shape(&x.body_html),
        [
            "<p>",
            "<h3>",
            "<p>",
            "<p>",
            "<ul>",
            "<li>",
            "<li>",
            "<li>",
            "</ul>",
            "<p>",
            "<ol>",
            "<li>",
            "<li>",
            "<li>",
            "</ol>",
            "<pre>",
            "{&quot;open&quot;: false}</pre>",
            "<p>"
        ],
        "{}",
        x.body_html
    );
    assert!(x.body_html.contains("<h3>What happens next</h3>"));
    assert!(x
        .body_html
        .contains("<li>The bridge failed a load test in the autumn.</li>"));
    // Code keeps its lines and its markup is escaped.
    assert!(x.body_html.contains(
        "<pre>$ curl https://example.org/bridge/status\n{&quot;open&quot;: false}</pre>"
    ));
    // The plain text is unchanged by the setting: one block a paragraph.
    assert!(x.body_text.contains("\n\nWhat happens next\n\n"));
    assert!(x
        .body_text
        .contains("\n\nThe bridge failed a load test in the autumn.\n\n"));
}

#[test]
fn a_short_line_over_a_lower_case_line_or_a_caption_is_no_heading() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            // A sentence wrapped where the page's width ended.
            "The engineers said that the load on the",
            "northern supports had doubled since the bridge was widened in 1970, and the rust had spread.",
            P2,
            // Short lines under short lines: a table's rows.
            "Span 120 metres\nOpened 1911",
            P3,
            // A wiki's note pointing to another article.
            "Main article: History of the Old Bridge",
            P1,
            // A sentence leading into a list.
            "Traditionally, the options were limited: either\n\n  • The council would repair the bridge in the spring of next year.\n  • The council would close it to cars for good and build a new one.",
            P4,
        ],
    ));
    assert!(!x.body_html.contains("<h3>"), "{}", x.body_html);
}

#[test]
fn a_list_around_a_photo_goes_on_after_it() {
    let x = read_text_clipping(&page(
        "City Shuts Old Bridge After Cracks Found\n\nPublished 3 March 2023",
        &[
            P1,
            " 1. They will close the deck to all traffic in March.\n 2. They will test each of the piers for cracks.",
            "Engineers at work. Photo: John Doe/Reuters",
            " 3. They will report to the council in May.",
            P2,
            P3,
        ],
    ));
    assert_eq!(
        crate::sanitize::photo_markers(&x.body_html),
        vec![0],
        "{}",
        x.body_html
    );
    assert_eq!(
        html_shape(&x.body_html),
        [
            "<p>",
            "<ol>",
            "<li>",
            "<li>",
            "</ol>",
            "<img data-photo=\"0\">",
            "<ol start=\"3\">",
            "<li>",
            "</ol>",
            "<p>",
            "<p>"
        ],
        "{}",
        x.body_html
    );
}

#[test]
fn a_list_set_as_lines_reads_as_its_heading_over_a_list() {
    let x = read_text_clipping(&page(
        "Almond Biscuits for Christmas\n\nPublished 8 December 2012",
        &[
            P1,
            "Zutaten:\n300 g Mehl\n200 g Butter\n100 g gemahlene Mandeln",
            P2,
            P3,
        ],
    ));
    assert!(
        x.body_html.contains(
            "<p>Zutaten:</p>\n<ul>\n<li>300 g Mehl</li>\n<li>200 g Butter</li>\n<li>100 g gemahlene Mandeln</li>\n</ul>"
        ),
        "{}",
        x.body_html
    );
}

#[test]
fn a_menu_copied_without_bullets_is_a_run_of_short_lines() {
    let mut units = split_units(
        "Welcome to the Coast Gazette website\nNational\nPolitics\nDiplomacy\nNorth Korea\nEconomy\nThe council voted on Tuesday\nNews\nSport\n\nWeather\nTV\nRadio\n",
    );
    classify(&mut units);
    let runs = in_menu_runs(&units);
    let menu: Vec<&str> = units
        .iter()
        .zip(&runs)
        .filter(|(_, &in_run)| in_run)
        .map(|(u, _)| u.text.as_str())
        .collect();
    // A run right after a longer line counts; runs shorter than five lines, or broken
    // by a blank line, do not.
    assert_eq!(
        menu,
        vec![
            "National",
            "Politics",
            "Diplomacy",
            "North Korea",
            "Economy"
        ]
    );
}

#[test]
fn a_sentence_leading_into_a_list_of_names_keeps_the_list_and_what_follows() {
    let lead_in = "The overall rankings of the countries were as follows:";
    let ranking = "1. Finland\n2. Norway\n3. Australia\n4. Canada\n5. Germany\n6. France\n7. United Kingdom\n8. Italy\n9. Spain\n10. United States";
    let x = bridge(&[P1, P2, &format!("{lead_in}\n{ranking}"), P3, P4]);
    assert!(x.body_text.ends_with(P4), "{}", x.body_text);
    assert!(
        x.body_html.contains("<ol>\n<li>1. Finland</li>")
            || x.body_html.contains("<li>Finland</li>"),
        "{}",
        x.body_html
    );
    // A box's title-case heading over a list of links after the article is no lead-in.
    let x = bridge(&[
        P1,
        P2,
        P3,
        "More From Our Network:\n  • Weather\n  • Traffic\n  • Lottery",
    ]);
    assert!(x.body_text.ends_with(P3), "{}", x.body_text);
}

#[test]
fn a_line_opening_with_by_is_an_introduced_byline() {
    let (byline, authors, _) =
        introduced_byline("by Duncan Bell / January 19, 2017 /").expect("a byline");
    assert_eq!(byline, "Duncan Bell");
    assert_eq!(authors, ["Duncan Bell"]);
    assert_eq!(
        introduced_byline("Von Jana Roe").map(|(_, a, _)| a),
        Some(vec!["Jana Roe".to_string()])
    );
    // A name with no `By` before it, or a sentence after one, is none.
    assert_eq!(introduced_byline("Duncan Bell"), None);
    assert_eq!(
        introduced_byline("By the time the vote came, most had left the chamber"),
        None
    );
}
