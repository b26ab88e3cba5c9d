//! Phrase packs at work: hand-written pages in each packed language, with
//! boilerplate lines among article prose. The boilerplate must go and every
//! prose line must stay, including look-alikes that merely mention a
//! boilerplate word ("teilen", "Kommentar", "Partager").

/// `+` marks a prose line that must survive, `-` a boilerplate line that
/// must go.
fn check(lang: &str, page: &str) {
    let mut input = String::new();
    let mut want = Vec::new();
    let mut unwanted = Vec::new();
    for raw in page.lines() {
        let raw = raw.trim_start();
        let Some((mark, text)) = raw.split_at_checked(1) else {
            continue;
        };
        let text = text.trim();
        match mark {
            "+" => want.push(text),
            "-" => unwanted.push(text),
            _ => continue,
        }
        input.push_str(text);
        input.push_str("\n\n");
    }
    let cleaned = deboil::Cleaner::default().clean_with_report(&input);
    // The page is read as its language; a page of mixed languages as
    // whichever has most stopwords.
    if lang != "mixed" {
        assert_eq!(
            cleaned.report().language(),
            Some(lang),
            "[{lang}] language not recognized"
        );
    }
    let out = cleaned.text();
    let got: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for line in &unwanted {
        assert!(
            !got.contains(line),
            "[{lang}] boilerplate kept: {line:?}\n--- output ---\n{out}"
        );
    }
    assert_eq!(
        got, want,
        "[{lang}] prose lines lost or changed\n--- output ---\n{out}"
    );
}

#[test]
fn german() {
    check(
        "de",
        "
        - Zum Inhalt springen
        - Startseite
        - Anzeige
        + Stadtrat beschließt neues Radwegenetz für die Innenstadt
        - Lesezeit: 3 Minuten
        + Nach monatelanger Debatte hat der Stadtrat am Dienstagabend ein neues Konzept für Radwege in der Innenstadt beschlossen.
        + Die Bürgerinnen und Bürger sollen die Pläne in den kommenden Wochen teilen und kommentieren können, bevor die Bauarbeiten beginnen.
        - Artikel teilen
        - Auf Facebook teilen
        + Ein Kommentar des Bürgermeisters sorgte für Unruhe: Er nannte das Projekt überfällig und kündigte weitere Investitionen an.
        - Lesen Sie auch: Neue Buslinien ab Herbst
        + Die Kosten von rund zwölf Millionen Euro teilen sich Stadt und Land, wie die Verwaltung mitteilte.
        + Kritiker bemängeln, dass Anwohner zu spät eingebunden worden seien, und fordern eine zweite Bürgerversammlung.
        - Foto: dpa
        - Diese Website verwendet Cookies, um Ihnen das bestmögliche Erlebnis zu bieten.
        - Newsletter abonnieren
        - Alle Rechte vorbehalten.
        - Das könnte Sie auch interessieren
        - Neue Buslinien ab Herbst: Das ändert sich für Pendler
        - Kommentare
        - Schreibe einen Kommentar
        - Impressum
        - Datenschutz
        ",
    );
}

#[test]
fn french() {
    check(
        "fr",
        "
        - Aller au contenu principal
        - Accueil
        + La ville inaugure une nouvelle médiathèque au cœur du quartier nord
        - Temps de lecture : 4 min
        + Après trois années de travaux, la nouvelle médiathèque a ouvert ses portes samedi matin devant plusieurs centaines d'habitants.
        + Partager les savoirs avec tous les publics, voilà l'ambition affichée par la maire lors de son discours d'inauguration.
        - Partager sur Facebook
        - Publicité
        + Le bâtiment accueille plus de quarante mille ouvrages, un espace numérique et une salle de concert de cent places.
        - À lire aussi : Le budget culturel en hausse
        + Les bibliothécaires proposeront aussi des ateliers d'écriture le mercredi après-midi pour les enfants du quartier.
        - Abonnez-vous à notre newsletter
        - Ce site utilise des cookies pour améliorer votre expérience.
        - Tous droits réservés
        - Articles les plus lus
        - Le budget culturel en hausse pour la troisième année
        - Mentions légales
        ",
    );
}

#[test]
fn spanish() {
    check(
        "es",
        "
        - Ir al contenido principal
        - Inicio
        + El ayuntamiento amplía el horario de las bibliotecas durante el verano
        + Las bibliotecas municipales abrirán hasta las diez de la noche a partir del próximo lunes, según anunció ayer el concejal de cultura.
        - Compartir en Facebook
        - Publicidad
        + Compartir espacios de estudio con los vecinos fue una de las peticiones más repetidas en la consulta ciudadana del pasado invierno.
        - Lee también: Nuevas rutas de autobús nocturno
        + La medida costará unos trescientos mil euros y se financiará con fondos del presupuesto regional, explicó el concejal.
        - Suscríbete a nuestro boletín
        - Este sitio web utiliza cookies para mejorar su experiencia.
        - Todos los derechos reservados
        - Noticias relacionadas
        - Nuevas rutas de autobús nocturno a partir de julio
        - Política de privacidad
        ",
    );
}

#[test]
fn italian() {
    check(
        "it",
        "
        - Vai al contenuto
        - Home page
        + Il comune apre un nuovo parco pubblico lungo il fiume
        + Dopo due anni di lavori, il nuovo parco lungo il fiume è stato inaugurato domenica mattina alla presenza di molte famiglie.
        - Condividi su Facebook
        - Pubblicità
        + Il progetto prevede anche una pista ciclabile di tre chilometri e un'area giochi per i bambini più piccoli.
        - Leggi anche: Nuove linee di autobus in periferia
        + Secondo l'assessore, la manutenzione sarà affidata a una cooperativa sociale del quartiere per i prossimi cinque anni.
        - Iscriviti alla nostra newsletter
        - Questo sito utilizza cookie per migliorare la tua esperienza.
        - Riproduzione riservata
        - Articoli correlati
        - Nuove linee di autobus in periferia da settembre
        ",
    );
}

#[test]
fn portuguese() {
    check(
        "pt",
        "
        - Ir para o conteúdo
        - Início
        + Prefeitura anuncia reforma das escolas municipais até o fim do ano
        + A prefeitura anunciou nesta segunda-feira um plano de reforma para vinte escolas municipais, com obras previstas até dezembro.
        - Compartilhar no WhatsApp
        - Publicidade
        + Segundo a secretária de educação, as obras vão incluir novos telhados, laboratórios de ciências e quadras esportivas cobertas.
        - Leia também: Calendário escolar é alterado
        + Os pais poderão acompanhar o andamento das obras por meio de um painel publicado no site da prefeitura a cada mês.
        - Assine nossa newsletter
        - Este site utiliza cookies para melhorar a sua experiência.
        - Todos os direitos reservados
        - Mais lidas
        - Calendário escolar é alterado após greve
        ",
    );
}

#[test]
fn dutch() {
    check(
        "nl",
        "
        - Naar de inhoud
        - Home
        + Gemeente legt nieuwe fietsroute aan langs de rivier
        + De gemeente begint volgende maand met de aanleg van een nieuwe fietsroute langs de rivier, zo maakte de wethouder dinsdag bekend.
        - Delen op Facebook
        - Advertentie
        + Bewoners konden hun ideeën over de route delen tijdens drie avonden in het buurthuis, waar honderden mensen op afkwamen.
        - Lees ook: Nieuwe bushaltes in het centrum
        + De werkzaamheden duren naar verwachting tot het einde van het jaar en kosten ongeveer vier miljoen euro.
        - Meld je aan voor onze nieuwsbrief
        - Deze website gebruikt cookies om je ervaring te verbeteren.
        - Alle rechten voorbehouden
        - Meest gelezen
        - Nieuwe bushaltes in het centrum vanaf maart
        ",
    );
}

#[test]
fn swedish() {
    check(
        "sv",
        "
        - Hoppa till innehåll
        - Startsida
        + Kommunen bygger ny cykelväg längs ån
        + Kommunen börjar nästa månad bygga en ny cykelväg längs ån, meddelade kommunalrådet på tisdagen vid en pressträff i stadshuset.
        - Dela på Facebook
        - Annons
        + Invånarna fick dela sina synpunkter på sträckningen under tre möten i kvarterslokalen, och hundratals personer deltog.
        - Läs också: Nya busshållplatser i centrum
        + Arbetet väntas pågå till slutet av året och kostar omkring fyrtio miljoner kronor enligt kommunens beräkningar.
        - Prenumerera på vårt nyhetsbrev
        - Den här webbplatsen använder cookies för att förbättra din upplevelse.
        - Alla rättigheter förbehållna
        - Mest lästa
        - Nya busshållplatser i centrum från mars
        ",
    );
}

#[test]
fn polish() {
    check(
        "pl",
        "
        - Przejdź do treści
        - Strona główna
        + Miasto buduje nową ścieżkę rowerową wzdłuż rzeki
        + Władze miasta rozpoczną w przyszłym miesiącu budowę nowej ścieżki rowerowej wzdłuż rzeki, poinformował we wtorek zastępca prezydenta.
        - Udostępnij na Facebooku
        - Reklama
        + Mieszkańcy mogli zgłaszać swoje uwagi podczas trzech spotkań w domu kultury, na które przyszło kilkaset osób.
        - Czytaj także: Nowe przystanki w centrum
        + Prace mają potrwać do końca roku, a ich koszt szacuje się na około dwadzieścia milionów złotych.
        - Zapisz się do newslettera
        - Ta strona używa plików cookies w celu świadczenia usług.
        - Wszelkie prawa zastrzeżone
        - Najczęściej czytane
        - Nowe przystanki w centrum od marca
        ",
    );
}

#[test]
fn russian() {
    check(
        "ru",
        "
        - Перейти к содержанию
        - Главная
        + Город строит новую велодорожку вдоль реки
        + Власти города в следующем месяце начнут строительство новой велодорожки вдоль реки, сообщил во вторник заместитель мэра.
        - Поделиться
        - Реклама
        + Жители могли высказать свои предложения на трёх встречах в доме культуры, куда пришли несколько сотен человек.
        - Читайте также: Новые остановки в центре
        + Работы продлятся до конца года, а их стоимость оценивается примерно в двести миллионов рублей.
        - Подпишитесь на рассылку
        - Этот сайт использует файлы cookie для улучшения работы.
        - Все права защищены
        - Самое читаемое
        - Новые остановки в центре с марта
        ",
    );
}

#[test]
fn chinese() {
    check(
        "zh",
        "
        - 首页
        - 分享到：
        + 市政府宣布将在河边修建一条新的自行车道，工程预计下个月开工，全长约十二公里。
        + 副市长在周二的新闻发布会上表示，这条自行车道将连接三个居民区和两所大学，方便市民绿色出行。
        - 广告
        + 许多市民在征求意见期间分享了自己的想法，有关部门共收到了两千多条建议，并对方案做了修改。
        - 相关阅读
        - 新公交线路下月开通
        ",
    );
}

#[test]
fn japanese() {
    check(
        "ja",
        "
        - 本文へスキップ
        - ホーム
        + 市は川沿いに新しい自転車道を整備すると発表した。工事は来月に始まり、全長はおよそ十二キロになる予定だ。
        + 副市長は火曜日の記者会見で、この自転車道が三つの住宅地と二つの大学を結ぶと説明し、市民の利用を呼びかけた。
        - シェア
        - スポンサーリンク
        + 意見募集の期間中には二千件を超える提案が寄せられ、市はそれを踏まえて計画の一部を見直したという。
        - 関連記事
        - 新しいバス路線が来月開通
        ",
    );
}

#[test]
fn look_alikes_stay() {
    // Sentences that open with or mention a boilerplate word are prose.
    check(
        "mixed",
        "
        + Die Gemeinde will die Kosten für den neuen Spielplatz mit dem Land teilen, sagte die Bürgermeisterin am Montag.
        + Kommentare aus der Nachbarschaft fielen überwiegend freundlich aus, auch wenn einige Anwohner den Lärm fürchten.
        + Partager un repas avec ses voisins reste la meilleure façon de faire connaissance, assure la présidente de l'association.
        + Compartir coche al trabajo se ha vuelto habitual entre los empleados del polígono desde que subió el precio del combustible.
        + Lesen Sie die Packungsbeilage genau, bevor Sie das Medikament zum ersten Mal einnehmen, rät die Apothekerin.
        + Mehr als zweihundert Menschen kamen zur Versammlung in der Turnhalle, deutlich mehr als die Veranstalter erwartet hatten.
        + Más de doscientas personas asistieron a la reunión en el polideportivo, muchas más de las que esperaban los organizadores.
        + Quellen aus dem Rathaus bestätigten, dass der Bau im Frühjahr beginnen soll und rund ein Jahr dauern wird.
        ",
    );
}

#[test]
fn blog_and_paywall_notices() {
    check(
        "en",
        "
        + The harbour ferry made its first crossing in four decades on Saturday, with the mayor and a brass band on board.
        - To view the full story, please subscribe to The Example Gazette.
        - If you're seeing this message but you're already a subscriber, please log in.
        + The council voted last autumn to pay for the repairs, after volunteers spent three winters re-planking the hull.
        - Receive our monthly newsletter to stay on top of the latest articles.
        - Enter your email below to receive future updates.
        - 120 Comments
        + Subscribers to the town's monthly newsletter were the first to hear of the plan, the mayor said.
        + This work is what the volunteers are proudest of, said the chair of the group.
        - This work is licensed under a Creative Commons Attribution 4.0 International License.
        - This entry was posted in Local News and tagged ferry, harbour.
        - Previous post: Bakery on Mill Street closes after 60 years
        - One thought on “Harbour ferry returns”
        ",
    );
    check(
        "de",
        "
        + Nach monatelanger Debatte hat der Stadtrat am Dienstagabend ein neues Konzept für Radwege in der Innenstadt beschlossen.
        - Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.
        - Jetzt zum kostenlosen Newsletter anmelden »
        + Die Kosten von rund zwölf Millionen Euro teilen sich Stadt und Land, wie die Verwaltung mitteilte.
        + Der erste Abschnitt soll im Frühjahr zwischen dem Bahnhof und der Altstadt entstehen und rund drei Kilometer lang sein.
        + Die Verwaltung rechnet mit einer Bauzeit von zwei Jahren, in denen einzelne Straßen zeitweise gesperrt werden müssen.
        + Anwohner können ihre Anregungen bis Ende des Monats schriftlich oder in einer Sprechstunde im Rathaus vorbringen.
        - Klicken Sie auf den unteren Button, um den Inhalt von www.example.com zu laden.
        - Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.
        + Eingestellt von der Bahn wurde die Strecke schon 1998, seitdem fahren dort Busse.
        + Kritiker bemängeln, dass Anwohner zu spät eingebunden worden seien, und fordern eine zweite Bürgerversammlung.
        - Themen: Radwege, Innenstadt, Stadtrat, Verkehr
        + Themen wie Lärm und Parkplätze kamen in der Sitzung ebenfalls zur Sprache.
        - Weitere Informationen
        - Buch bestellen
        - Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.
        - Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Radwege.
        ",
    );
}
