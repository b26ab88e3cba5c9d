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
fn czech() {
    check(
        "cs",
        "
        - Přejít na obsah
        - Hlavní stránka
        - Reklama
        + Město postaví novou cyklostezku podél řeky
        - Autor: Petra Dvořáková
        - Doba čtení: 3 minuty
        - Aktualizováno 12. března 2024 10:15
        + Radnice v příštím měsíci zahájí stavbu nové cyklostezky podél řeky, oznámil v úterý náměstek primátora.
        + Obyvatelé mohli své připomínky sdílet na třech veřejných setkáních v kulturním domě, kam přišlo několik stovek lidí.
        - Sdílet na Facebooku
        - Sdílet e-mailem
        + Komentář primátora vyvolal rozruch: projekt označil za dávno potřebný a slíbil další investice do dopravy.
        - Čtěte také: Nové zastávky v centru
        + Práce mají trvat do konce roku a jejich cena se odhaduje zhruba na dvě stě milionů korun.
        - Pokračování článku pod reklamou
        + Kdo chce číst podrobnosti, najde celý projekt na webu radnice, kde se k němu lze v diskusi také vyjádřit.
        + Odběr vody v okolí stavby podle vodáren omezen nebude a radniční newsletter bude o postupu prací pravidelně informovat.
        - ČTK/Michal Kamaryt
        - Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.
        - Přihlaste se k odběru newsletteru
        - Všechna práva vyhrazena.
        - Nejčtenější
        - Nové zastávky v centru od března
        - Diskuse
        - Přidat komentář
        ",
    );
}

#[test]
fn slovak() {
    check(
        "sk",
        "
        - Preskočiť na obsah
        - Hlavná stránka
        - Reklama
        + Mesto postaví nový cyklochodník pozdĺž rieky
        - Autor: Martina Kováčová
        - Aktualizované 12. marca 2024 10:15
        - Čas čítania: 3 minúty
        + Radnica v budúcom mesiaci začne so stavbou nového cyklochodníka pozdĺž rieky, oznámil v utorok viceprimátor mesta.
        + Obyvatelia mohli svoje pripomienky zdieľať na troch verejných stretnutiach v kultúrnom dome, kam prišlo niekoľko stoviek ľudí.
        - Zdieľať na Facebooku
        - Zdieľať e-mailom
        + Komentár primátora vyvolal rozruch, pretože projekt označil za dávno potrebný a sľúbil ďalšie investície do dopravy.
        - Čítajte aj: Nové zastávky v centre
        + Práce majú trvať do konca roka a ich cena sa odhaduje približne na dvadsať miliónov eur.
        - Článok pokračuje pod reklamou
        + Kto chce čítať podrobnosti, nájde celý projekt na webe radnice, kde sa k nemu dá v diskusii aj vyjadriť.
        + Odber vody v okolí stavby podľa vodární obmedzený nebude a mestský newsletter bude o postupe prác pravidelne informovať.
        - TASR/Martin Baumann
        - Táto webová stránka používa súbory cookie na poskytovanie služieb a analýzu návštevnosti.
        - Prihláste sa na odber newslettra
        - Všetky práva vyhradené.
        - Najčítanejšie
        - Nové zastávky v centre od marca
        - Diskusia
        - Pridať komentár
        ",
    );
}

#[test]
fn hungarian() {
    check(
        "hu",
        "
        - Ugrás a tartalomhoz
        - Főoldal
        - Hirdetés
        + Új kerékpárút épül a folyó mentén
        - Szerző: Kovács Anna
        - 2024. március 12., kedd 10:15
        - Olvasási idő: 3 perc
        + Az önkormányzat a jövő hónapban kezdi meg egy új kerékpárút építését a folyó mentén, jelentette be kedden az alpolgármester.
        + A lakók három lakossági fórumon oszthatták meg a véleményüket a tervekről, amelyekre több száz ember látogatott el.
        - Megosztás a Facebookon
        - Küldés e-mailben
        + A polgármester hozzászólása nagy vihart kavart, mert a projektet régóta esedékesnek nevezte, és újabb fejlesztéseket ígért.
        - Kapcsolódó: Új buszmegállók a belvárosban
        + A munkálatok az év végéig tartanak, a költségeket nagyjából nyolcmilliárd forintra becsülik.
        - A cikk a hirdetés után folytatódik
        + Aki el szeretné olvasni a részleteket, a teljes tervet megtalálja az önkormányzat honlapján, ahol meg is oszthatja a véleményét.
        + A vízszolgáltató szerint az építkezés nem érinti az ivóvízellátást, az önkormányzat hírlevele pedig rendszeresen beszámol majd a munkákról.
        - MTI/Koszticsák Szilárd
        - Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.
        - Iratkozzon fel hírlevelünkre!
        - Minden jog fenntartva.
        - Legolvasottabb
        - Új buszmegállók a belvárosban márciustól
        - Hozzászólások
        - Szólj hozzá!
        ",
    );
}

#[test]
fn danish() {
    check(
        "da",
        "
        - Spring til indhold
        - Forside
        - Annonce
        + Kommunen anlægger ny cykelsti langs åen
        - Tekst: Mette Jensen
        - Publiceret 12. marts 2024 kl. 14.32
        - Læsetid: 3 min.
        + Kommunen går i gang med at anlægge en ny cykelsti langs åen i næste måned, oplyste rådmanden tirsdag på et pressemøde på rådhuset.
        + Borgerne kunne dele deres synspunkter på ruten ved tre møder i medborgerhuset, hvor flere hundrede mennesker mødte op.
        - Del på Facebook
        - Kopiér link
        + En kommentar fra borgmesteren vakte opsigt: Han kaldte projektet længe ventet og lovede flere investeringer i de kommende år.
        - Læs også: Nye busstoppesteder i centrum
        + Kommunen har sendt planen i høring og opfordrer alle til at læse den og kommentere forslaget inden udgangen af marts.
        - Artiklen fortsætter under annoncen
        + Arbejdet ventes at vare til slutningen af året og koster omkring 40 millioner kroner ifølge kommunens beregninger.
        + Borgere, der vil følge byggeriet, kan tilmelde sig kommunens nyhedsbrev eller dele billeder fra ruten på rådhusets side.
        - Foto: Mads Nissen/Ritzau Scanpix
        - Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder
        - Denne hjemmeside bruger cookies til at forbedre din oplevelse.
        - Alle rettigheder forbeholdes.
        - Mest læste
        - Nye busstoppesteder i centrum fra marts
        - Kommentarer
        - Skriv en kommentar
        - Privatlivspolitik
        ",
    );
}

#[test]
fn norwegian() {
    check(
        "no",
        "
        - Hopp til hovedinnhold
        - Forsiden
        - Annonse
        + Kommunen bygger ny sykkelvei langs elva
        - Publisert: 12.03.2024 14:32
        - Lesetid: 3 minutter
        + Kommunen starter neste måned byggingen av en ny sykkelvei langs elva, opplyste ordføreren på en pressekonferanse i rådhuset tirsdag.
        + Innbyggerne fikk dele sine synspunkter på traseen under tre folkemøter i kulturhuset, der flere hundre personer møtte opp.
        - Del på Facebook
        - Kopier lenke
        + En kommentar fra varaordføreren vakte oppsikt: Han kalte prosjektet etterlengtet og lovet flere investeringer de neste årene.
        - Les også: Nye busstopp i sentrum
        + Planen er sendt på høring, og kommunen oppfordrer alle til å lese den og kommentere forslaget innen utgangen av mars.
        - Saken fortsetter under annonsen
        + Arbeidet ventes å pågå til slutten av året og koster rundt 40 millioner kroner ifølge kommunens beregninger.
        + Innbyggere som vil følge byggingen, kan melde seg på kommunens nyhetsbrev eller dele bilder fra traseen på nettsidene.
        - Foto: Ole Berg-Rusten / NTB
        - Meld deg på vårt nyhetsbrev og få dagens viktigste saker
        - Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse.
        - Alle rettigheter forbeholdt.
        - Mest lest
        - Nye busstopp i sentrum fra mars
        - Kommentarer
        - Legg igjen en kommentar
        - Personvernerklæring
        ",
    );
}

#[test]
fn finnish() {
    check(
        "fi",
        "
        - Siirry sisältöön
        - Etusivu
        - Mainos
        + Kaupunki rakentaa uuden pyörätien joen varteen
        - Teksti: Matti Virtanen
        - Päivitetty 12.3.2024 klo 14:32
        - Lukuaika 3 min
        + Kaupunki aloittaa ensi kuussa uuden pyörätien rakentamisen joen varteen, kertoi apulaispormestari tiistaina kaupungintalolla pidetyssä tiedotustilaisuudessa.
        + Asukkaat saivat jakaa näkemyksiään reitistä kolmessa asukastilaisuudessa, joihin osallistui useita satoja ihmisiä.
        - Jaa Facebookissa
        - Kopioi linkki
        + Pormestarin kommentti herätti huomiota: hän kutsui hanketta odotetuksi ja lupasi lisää investointeja tuleville vuosille.
        - Lue myös: Uusia bussipysäkkejä keskustaan
        + Suunnitelma on lausuntokierroksella, ja kaupunki kehottaa kaikkia lukemaan sen ja kommentoimaan ehdotusta maaliskuun loppuun mennessä.
        - Artikkeli jatkuu mainoksen jälkeen
        + Työn arvioidaan kestävän vuoden loppuun, ja se maksaa kaupungin laskelmien mukaan noin neljä miljoonaa euroa.
        + Rakentamista seuraavat asukkaat voivat tilata kaupungin uutiskirjeen tai jakaa kuvia reitiltä kaupungin verkkosivuilla.
        - Kuva: Heikki Saukkomaa / Lehtikuva
        - Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset
        - Käytämme evästeitä parantaaksemme käyttökokemustasi.
        - Kaikki oikeudet pidätetään.
        - Luetuimmat
        - Uusia bussipysäkkejä keskustaan maaliskuusta alkaen
        - Kommentit
        - Jätä kommentti
        - Tietosuojaseloste
        ",
    );
}

#[test]
fn turkish() {
    check(
        "tr",
        "
        - İçeriğe geç
        - Ana Sayfa
        - Reklam
        + Belediye nehir kıyısına yeni bir bisiklet yolu yapacak
        - 12 Mart 2024, 14:35
        - Yazar: Ahmet Yılmaz
        + Belediye, gelecek ay nehir kıyısı boyunca yeni bir bisiklet yolunun yapımına başlayacağını salı günü düzenlenen basın toplantısında duyurdu.
        + Mahalle sakinleri, önerilerini paylaşmak için kültür merkezinde yapılan üç toplantıya katıldı ve yüzlerce kişi fikrini yazılı olarak iletti.
        - Facebook'ta Paylaş
        - Haberin Devamı
        + Belediye başkanının yorumu tartışma yarattı: Başkan, projenin yıllardır beklendiğini söyledi ve yeni yatırımların yolda olduğunu açıkladı.
        - İlgili Haber: Merkezde yeni otobüs durakları
        + Projeye ilişkin haberleri okumak isteyenler, belediyenin haftalık bültenine abone olarak gelişmeleri takip edebilecek.
        + Çalışmaların yıl sonuna kadar sürmesi bekleniyor; maliyetin yaklaşık kırk milyon lira olacağı tahmin ediliyor.
        + Muhalefet ise sakinlerin sürece geç dahil edildiğini belirterek ikinci bir halk toplantısı yapılmasını istedi.
        + Yorumlar sosyal medyada hızla yayıldı; bazı kullanıcılar projeyi desteklerken bazıları trafik sıkışıklığından endişe ettiğini yazdı.
        + İlgili bakanlık da projeye destek vereceğini açıkladı ve ilk etap için ek ödenek ayrıldığını bildirdi.
        - Fotoğraf: AA
        - Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.
        - E-bültenimize abone olun, günün öne çıkan haberleri e-posta kutunuza gelsin.
        - Tüm hakları saklıdır.
        - Bunlar da ilginizi çekebilir
        - Merkezde yeni otobüs durakları mart ayında hizmete giriyor
        - Yorumlar
        - Bir yorum bırakın
        - Künye
        - Gizlilik Politikası
        ",
    );
}

#[test]
fn greek() {
    check(
        "el",
        "
        - Μετάβαση στο περιεχόμενο
        - Αρχική
        - Διαφήμιση
        + Ο δήμος κατασκευάζει νέο ποδηλατόδρομο κατά μήκος του ποταμού
        - Τρίτη, 12 Μαρτίου 2024, 14:35
        - Συντάκτης: Γιώργος Παπαδόπουλος
        + Ο δήμος θα ξεκινήσει τον επόμενο μήνα την κατασκευή ενός νέου ποδηλατόδρομου κατά μήκος του ποταμού, ανακοίνωσε την Τρίτη ο αντιδήμαρχος.
        + Οι κάτοικοι είχαν την ευκαιρία να μοιραστούν τις προτάσεις τους σε τρεις συναντήσεις στο πνευματικό κέντρο, όπου βρέθηκαν εκατοντάδες πολίτες.
        - Κοινοποίηση στο Facebook
        - Η συνέχεια μετά τη διαφήμιση
        + Το σχόλιο του δημάρχου προκάλεσε συζητήσεις: χαρακτήρισε το έργο καθυστερημένο και προανήγγειλε νέες επενδύσεις στις γειτονιές.
        - Διαβάστε επίσης: Νέες στάσεις λεωφορείων στο κέντρο
        + Όσοι θέλουν να διαβάσουν περισσότερα για το έργο μπορούν να εγγραφούν στο ενημερωτικό δελτίο του δήμου, που αποστέλλεται κάθε εβδομάδα.
        + Σχόλια και ενστάσεις κατατέθηκαν επίσης γραπτώς, ενώ η αντιπολίτευση ζήτησε δεύτερη δημόσια διαβούλευση.
        + Οι εργασίες αναμένεται να διαρκέσουν έως το τέλος του έτους, με κόστος περίπου τέσσερα εκατομμύρια ευρώ.
        + Ακολουθήστε τη διαδρομή του νέου ποδηλατόδρομου στον χάρτη που δημοσίευσε ο δήμος στην ιστοσελίδα του.
        - ΑΠΕ-ΜΠΕ/Ορέστης Παναγιώτου
        - Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.
        - Εγγραφείτε στο newsletter μας για να λαμβάνετε τα σημαντικότερα νέα στο email σας.
        - © 2024 Με επιφύλαξη παντός δικαιώματος.
        - Δείτε επίσης
        - Νέες στάσεις λεωφορείων στο κέντρο από τον Μάρτιο
        - Σχόλια
        - Αφήστε μια απάντηση
        - Όροι χρήσης
        - Πολιτική απορρήτου
        ",
    );
}

#[test]
fn romanian() {
    check(
        "ro",
        "
        - Sari la conținut
        - Acasă
        - Publicitate
        + Primăria construiește o nouă pistă de biciclete de-a lungul râului
        - Marți, 12 martie 2024, 14:35
        - Autor: Andrei Popescu
        + Primăria va începe luna viitoare construcția unei noi piste de biciclete de-a lungul râului, a anunțat marți viceprimarul într-o conferință de presă.
        + Locuitorii și-au putut prezenta propunerile în cadrul a trei întâlniri la casa de cultură, la care au participat câteva sute de persoane.
        - Distribuie pe Facebook
        - Articolul continuă după reclamă
        + Comentariul primarului a stârnit discuții: acesta a spus că proiectul era așteptat de ani de zile și a anunțat noi investiții în cartiere.
        - Citește și: Noi stații de autobuz în centru
        + Cei care vor să citească mai multe despre proiect se pot abona la buletinul informativ săptămânal al primăriei.
        + Lucrările ar urma să dureze până la sfârșitul anului, iar costul este estimat la aproximativ douăzeci de milioane de lei.
        + Distribuirea fondurilor între cartiere a fost criticată de opoziție, care cere o a doua dezbatere publică.
        + Comentariile locuitorilor pe rețelele sociale au fost în mare parte pozitive, deși unii se tem de zgomotul din timpul lucrărilor.
        - Sursa foto: Agerpres
        - Urmăriţi-ne pe Facebook
        - Acest site folosește cookie-uri pentru a-ți oferi cea mai bună experiență.
        - Abonează-te la newsletter și primește cele mai importante știri direct în inbox-ul tău.
        - © 2024 Toate drepturile rezervate.
        - Cele mai citite
        - Noi stații de autobuz în centru din luna martie
        - Comentarii
        - Lasă un comentariu
        - Politica de confidențialitate
        - Termeni și condiții
        ",
    );
}

#[test]
fn ukrainian() {
    check(
        "uk",
        "
        - Перейти до основного вмісту
        - Головна
        - Реклама
        + Міська рада ухвалила програму будівництва велосипедних доріжок уздовж Дніпра
        - 12 травня 2025, 14:30
        - Час читання: 3 хв
        + Після кількох місяців обговорень депутати у вівторок підтримали програму, яка передбачає понад двадцять кілометрів нових велосипедних доріжок.
        + Мешканці зможуть поділитися своїми пропозиціями щодо маршрутів на громадських слуханнях, які відбудуться наприкінці місяця.
        - Поділитися у Facebook
        - Читайте також: Нові автобусні маршрути запрацюють з вересня
        + Коментар заступника міського голови викликав жваву дискусію: він назвав проєкт запізнілим і пообіцяв додаткове фінансування.
        + Вартість робіт оцінюють у сто двадцять мільйонів гривень, які місто й область поділять навпіл, повідомили в департаменті.
        - Фото: Укрінформ
        + Читачі нашої розсилки першими дізналися про план, а детальніше про нього мер розповість на брифінгу в четвер.
        + Критики зауважують, що мешканців залучили запізно, і вимагають провести ще одні збори, щоб усі охочі могли висловитися.
        - Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися найважливіші новини
        - Помітили помилку? Виділіть її мишкою та натисніть Ctrl+Enter
        - Цей сайт використовує файли cookie для покращення вашого досвіду.
        - Усі права захищені. Використання матеріалів дозволяється лише за умови гіперпосилання.
        - Найчитаніше
        - Нові автобусні маршрути запрацюють з вересня: що зміниться для пасажирів
        - Коментарі
        - Залишити коментар
        - Політика конфіденційності
        ",
    );
}

#[test]
fn indonesian() {
    check(
        "id",
        "
        - Langsung ke konten
        - Beranda
        - Iklan
        + Pemkot Bangun Jalur Sepeda Baru di Sepanjang Sungai
        - Kamis, 15 Mei 2025 | 14:20 WIB
        - Penulis: Ahmad Rizki | Editor: Sari Dewi
        + Pemerintah kota resmi memulai pembangunan jalur sepeda sepanjang dua puluh kilometer di tepi sungai pada Selasa pagi.
        + Warga diminta membagikan usulan rute melalui aplikasi resmi pemkot, dan komentar mereka akan dibahas dalam rapat bulan depan.
        - Bagikan ke WhatsApp
        - Baca juga: Jalur bus malam mulai beroperasi Juli
        + Komentar wali kota soal proyek itu memicu perdebatan: ia menyebutnya sudah lama ditunggu dan berjanji menambah anggaran perawatan.
        - Foto: ANTARA/Hafidz Mubarak A
        + Biaya proyek diperkirakan mencapai Rp120 miliar yang akan ditanggung bersama oleh pemerintah kota dan provinsi.
        + Pelanggan koran lokal membaca rencana itu lebih dulu, dan banyak dari mereka ikut berlangganan buletin dinas perhubungan.
        - Dapatkan update berita pilihan dan breaking news setiap hari. Mari bergabung di Grup Telegram, caranya klik link berikut, kemudian join.
        + Sejumlah warga menilai mereka dilibatkan terlalu terlambat dan meminta pemkot menggelar pertemuan terbuka sekali lagi.
        - Artikel ini telah tayang di Tribunnews.com dengan judul Pemkot Bangun Jalur Sepeda Baru di Sepanjang Sungai.
        - Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.
        - Hak Cipta Dilindungi Undang-Undang
        - Berita Terkait
        - Jalur bus malam mulai beroperasi Juli, ini rutenya
        - Tulis komentar
        - Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *
        - Pedoman Media Siber
        ",
    );
}

#[test]
fn vietnamese() {
    check(
        "vi",
        "
        - Chuyển đến nội dung chính
        - Trang chủ
        - Quảng cáo
        + Thành phố khởi công tuyến đường dành cho xe đạp dọc bờ sông
        - Thứ hai, 12/5/2025, 08:30
        + Sáng thứ ba, chính quyền thành phố chính thức khởi công tuyến đường dành riêng cho xe đạp dài hơn hai mươi cây số dọc bờ sông.
        + Người dân có thể chia sẻ ý kiến về lộ trình qua ứng dụng của thành phố, và các bình luận sẽ được xem xét trong cuộc họp tháng sau.
        - Chia sẻ Facebook
        - Xem thêm: Tuyến xe buýt đêm chạy từ tháng bảy
        + Bình luận của phó chủ tịch thành phố gây tranh luận: ông cho rằng dự án đã được chờ đợi từ lâu và hứa bổ sung kinh phí bảo trì.
        - Ảnh: Văn Điệp/TTXVN
        + Tổng vốn đầu tư ước tính khoảng một trăm hai mươi tỷ đồng, do thành phố và tỉnh cùng chi trả, theo sở giao thông.
        + Độc giả đăng ký bản tin của báo địa phương được đọc kế hoạch này sớm nhất, và nhiều người đã gửi thư góp ý cho tòa soạn.
        + Một số cư dân cho rằng họ được mời tham gia quá muộn và đề nghị thành phố tổ chức thêm một buổi đối thoại công khai.
        - Nguồn: Sở Giao thông vận tải
        - Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.
        - Ghi rõ nguồn khi phát hành lại thông tin từ website này.
        - Tin liên quan
        - Tuyến xe buýt đêm chạy từ tháng bảy, đây là lộ trình
        - Ý kiến bạn đọc
        - Vui lòng nhập tiếng Việt có dấu
        - Gửi bình luận
        - Điều khoản sử dụng
        ",
    );
}

#[test]
fn catalan() {
    check(
        "ca",
        "
        - Vés al contingut principal
        - Inici
        - Publicitat
        + L'Ajuntament construirà un nou carril bici al llarg del riu
        - Dimarts, 12 de març de 2024, 14:35
        - Autor: Jordi Puig
        + L'Ajuntament començarà el mes que ve les obres d'un nou carril bici al llarg del riu, segons va anunciar dimarts la tinenta d'alcalde en una roda de premsa.
        + Els veïns van poder compartir les seves propostes en tres reunions al casal del barri, on van participar-hi diversos centenars de persones.
        - Comparteix a Facebook
        - Envia per WhatsApp
        - La notícia continua després de la publicitat
        + El comentari de l'alcalde va aixecar polèmica: va dir que el projecte s'esperava des de feia anys i va anunciar noves inversions als barris.
        - Llegeix també: Noves parades d'autobús al centre
        + Els qui vulguin llegir més detalls sobre el projecte es poden subscriure al butlletí setmanal de l'Ajuntament, que també publica el calendari de les obres.
        + Les obres s'allargaran fins a final d'any i el cost s'estima en uns vint milions d'euros, que pagaran a parts iguals l'Ajuntament i la Generalitat.
        + Compartir el carril amb els vianants no serà possible en cap tram, perquè la llei obliga a separar-los, va recordar el regidor.
        + Els comentaris dels veïns a les xarxes han estat majoritàriament positius, tot i que alguns temen el soroll durant els treballs.
        - Foto: ACN
        - Segueix-nos a Instagram
        - Aquest lloc web utilitza galetes pròpies i de tercers per millorar la teva experiència de navegació.
        - Subscriu-te al nostre butlletí i rep cada matí les notícies més importants.
        - © 2024 Tots els drets reservats.
        - El més llegit
        - Noves parades d'autobús al centre a partir del mes de març
        - Comentaris
        - Deixa un comentari
        - Política de privadesa
        - Avís legal
        ",
    );
}

#[test]
fn croatian() {
    check(
        "hr",
        "
        - Preskoči na sadržaj
        - Naslovnica
        - Oglas
        + Grad gradi novu biciklističku stazu uz rijeku
        - Utorak, 12. ožujka 2024. u 14:35
        - Piše: Ivana Horvat
        + Grad će sljedeći mjesec početi s izgradnjom nove biciklističke staze uz rijeku, najavio je u utorak zamjenik gradonačelnika na konferenciji za medije.
        + Stanovnici su svoje prijedloge mogli podijeliti na tri sastanka u mjesnom domu kulture, a na njih je došlo nekoliko stotina ljudi.
        - Podijeli na Facebooku
        - Pošalji e-mailom
        - Članak se nastavlja ispod oglasa
        + Komentar gradonačelnika izazvao je raspravu: rekao je da se projekt čekao godinama i najavio nova ulaganja u kvartove.
        - Pročitajte i: Nova autobusna stajališta u centru
        + Oni koji žele pročitati više o projektu mogu se pretplatiti na tjedni newsletter gradske uprave, koji objavljuje i raspored radova.
        + Radovi bi trebali trajati do kraja godine, a trošak se procjenjuje na oko dvadeset milijuna eura, koje će podijeliti grad i država.
        + Komentari stanovnika na društvenim mrežama uglavnom su pozitivni, iako se neki boje buke tijekom radova.
        + Podijelite li stazu s pješacima, morat ćete voziti sporije, upozorio je pročelnik, jer zakon to na nekim dionicama ne dopušta drukčije.
        - Foto: HINA/ Damir Senčar
        - Pratite nas na Facebooku i Instagramu
        - Ova web stranica koristi kolačiće kako bi vam pružila najbolje korisničko iskustvo.
        - Prijavite se na naš newsletter i primajte najvažnije vijesti svako jutro.
        - © 2024 Sva prava pridržana.
        - Najčitanije
        - Nova autobusna stajališta u centru od ožujka
        - Komentari
        - Ostavite komentar
        - Politika privatnosti
        - Uvjeti korištenja
        ",
    );
}

#[test]
fn bulgarian() {
    check(
        "bg",
        "
        - Към съдържанието
        - Начало
        - Реклама
        + Общината изгражда нова велоалея покрай реката
        - Автор: Мария Иванова
        - Публикувано: 12 март 2024, 10:15 ч.
        - Време за четене: 3 мин.
        + Общината ще започне изграждането на нова велоалея покрай реката през следващия месец, съобщи във вторник заместник-кметът.
        + Жителите можеха да споделят своите предложения на три срещи в читалището, където дойдоха няколкостотин души.
        - Сподели във Facebook
        - Изпрати по имейл
        + Коментарът на кмета предизвика спор: той нарече проекта отдавна закъснял и обеща нови инвестиции в транспорта.
        - Прочетете още: Нови спирки в центъра
        + Работите ще продължат до края на годината, а стойността им се оценява на около двадесет милиона лева.
        - Статията продължава след рекламата
        + Който иска да прочете подробностите, ще намери целия проект на сайта на общината, където може и да го коментира.
        + Абонатите на общинския бюлетин ще бъдат информирани редовно за хода на работите, обещаха от администрацията.
        + Още през миналата година жителите на квартала споделиха в социалните мрежи снимки на опасните участъци.
        - Снимка: БТА
        - Този сайт използва бисквитки, за да подобри вашето изживяване.
        - Абонирайте се за нашия бюлетин и получавайте най-важните новини всяка сутрин.
        - Всички права запазени.
        - Най-четени
        - Нови спирки в центъра от март
        - Коментари
        - Напишете коментар
        - Политика за поверителност
        ",
    );
}

#[test]
fn arabic() {
    check(
        "ar",
        "
        - تخطى إلى المحتوى
        - الرئيسية
        - إعلان
        + البلدية تبدأ إنشاء مسار جديد للدراجات الهوائية على ضفاف النهر
        - الثلاثاء 12 مارس 2024 - 14:35
        - بقلم: محمد العلي
        - آخر تحديث: ١٢ مارس ٢٠٢٤ - ١٥:١٠
        + أعلنت البلدية يوم الثلاثاء أنها ستبدأ الشهر المقبل في إنشاء مسار جديد للدراجات الهوائية على طول ضفاف النهر، وذلك بحسب ما أفاد به نائب رئيس البلدية في مؤتمر صحفي.
        + وتمكن السكان من مشاركة مقترحاتهم خلال ثلاثة لقاءات عقدت في المركز الثقافي، وقد حضرها مئات المواطنين من مختلف الأحياء.
        - شارك على فيسبوك
        - تابع القراءة بعد الإعلان
        + وأثار تعليق رئيس البلدية جدلا واسعا، إذ وصف المشروع بأنه تأخر كثيرا ووعد باستثمارات جديدة في الأحياء الشعبية.
        - اقرأ أيضا: محطات حافلات جديدة في وسط المدينة
        + ويمكن لمن يرغب في قراءة المزيد عن المشروع الاشتراك في النشرة البريدية الأسبوعية التي تصدرها البلدية كل يوم خميس.
        + ومن المتوقع أن تستمر الأعمال حتى نهاية العام، بتكلفة تقدر بنحو أربعين مليون درهم تتقاسمها البلدية مع الحكومة.
        + شارك في اللقاءات ممثلون عن جمعيات الأحياء والتجار، وطالب بعضهم بتخصيص مواقف إضافية للسيارات قرب السوق.
        + وانتشرت التعليقات على مواقع التواصل الاجتماعي بسرعة، إذ رحب بعض المستخدمين بالمشروع بينما أبدى آخرون قلقهم من الازدحام المروري.
        + المزيد من الأحياء ستستفيد من المشروع في مرحلته الثانية، بحسب ما أكده مسؤول في البلدية لم يذكر اسمه.
        - الصورة: رويترز
        - يستخدم هذا الموقع ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة.
        - اشترك في النشرة البريدية ليصلك أهم الأخبار يوميا.
        - © 2024 جميع الحقوق محفوظة.
        - الأكثر قراءة
        - محطات حافلات جديدة في وسط المدينة ابتداء من مارس
        - التعليقات
        - أضف تعليقك
        - سياسة الخصوصية
        ",
    );
}

#[test]
fn persian() {
    check(
        "fa",
        "
        - پرش به محتوا
        - صفحه اصلی
        - تبلیغات
        + شهرداری ساخت مسیر دوچرخه‌سواری تازه‌ای را در کنار رودخانه آغاز می‌کند
        - انتشار: 22 اسفند 1402 - 14:35
        - کد خبر: ۸۲۴۵۶۱۳
        - نویسنده: علی رضایی
        - به‌روزرسانی: ۲۳ اسفند ۱۴۰۲ - ۰۹:۱۰
        + شهرداری روز سه‌شنبه اعلام کرد که از ماه آینده ساخت یک مسیر تازه دوچرخه‌سواری را در امتداد رودخانه آغاز خواهد کرد و این خبر را معاون شهردار در یک نشست خبری اعلام کرد.
        + ساکنان محله توانستند پیشنهادهای خود را در سه نشست در فرهنگسرا با مسئولان به اشتراک بگذارند و صدها نفر در این نشست‌ها شرکت کردند.
        - اشتراک در تلگرام
        - ادامه مطلب پس از تبلیغ
        + نظر شهردار درباره این طرح بحث‌های زیادی به راه انداخت؛ او پروژه را دیرهنگام خواند و از سرمایه‌گذاری‌های تازه در محله‌ها خبر داد.
        - بیشتر بخوانید: ایستگاه‌های تازه اتوبوس در مرکز شهر
        + کسانی که می‌خواهند بیشتر درباره این طرح بخوانند، می‌توانند در خبرنامه هفتگی شهرداری عضو شوند.
        + پیش‌بینی می‌شود کار تا پایان سال ادامه داشته باشد و هزینه آن حدود چهل میلیارد تومان برآورد شده است.
        + اشتراک‌گذاری هزینه‌ها میان شهرداری و استانداری نیز از موضوعات مورد بحث در این جلسه بود.
        + نظرات کاربران در شبکه‌های اجتماعی به سرعت دست‌به‌دست شد و برخی از نگرانی خود درباره ترافیک در روزهای اجرای طرح نوشتند.
        + عکس‌های منتشرشده از طرح نشان می‌دهد که مسیر از کنار پارک ساحلی شهر عبور خواهد کرد.
        - عکس: ایرنا
        - انتهای پیام
        - این سایت از کوکی‌ها برای بهبود تجربه کاربری شما استفاده می‌کند.
        - در خبرنامه ما عضو شوید تا آخرین اخبار را در ایمیل خود دریافت کنید.
        - تمامی حقوق مادی و معنوی این سایت محفوظ است.
        - پربازدیدترین‌ها
        - ایستگاه‌های تازه اتوبوس در مرکز شهر از فروردین راه‌اندازی می‌شود
        - نظرات
        - ارسال نظر
        - حریم خصوصی
        ",
    );
}

#[test]
fn hebrew() {
    check(
        "he",
        "
        - דלג לתוכן הראשי
        - דף הבית
        - פרסומת
        + העירייה תסלול שביל אופניים חדש לאורך הנחל
        - מאת דנה לוי
        - פורסם: 12.03.24, 14:35
        - זמן קריאה: 3 דקות
        + העירייה תתחיל בחודש הבא בסלילת שביל אופניים חדש באורך שנים עשר קילומטרים לאורך הנחל, כך הודיע ביום שלישי סגן ראש העיר.
        + התושבים יכלו לשתף את הצעותיהם בשלושה מפגשים שנערכו במתנ\"ס, ומאות אנשים הגיעו להביע את דעתם על התוואי.
        - שתפו בוואטסאפ
        - שתף בפייסבוק
        + תגובה של ראש העירייה עוררה סערה ברשתות: הוא כינה את הפרויקט מתבקש והבטיח השקעות נוספות בשכונות.
        - קראו גם: קווי אוטובוס חדשים במרכז העיר
        + מי שרוצה לקרוא עוד על התוכנית יכול להירשם לניוזלטר השבועי של העירייה, שבו יפורסמו עדכונים על התקדמות העבודות.
        + עלות הפרויקט מוערכת בכארבעים מיליון שקלים, והיא תתחלק בין העירייה לבין משרד התחבורה.
        + האופוזיציה טוענת כי התושבים שותפו בתהליך מאוחר מדי, ודורשת לקיים כינוס ציבורי נוסף לפני תחילת העבודות.
        + תגובות רבות ברשתות החברתיות היו חיוביות, אף שחלק מהתושבים חוששים מרעש ומעומסי תנועה בזמן העבודות.
        - צילום: יוסי כהן, פלאש 90
        - המשך הכתבה לאחר הפרסומת
        - אתר זה עושה שימוש בקבצי Cookies כדי לשפר את חוויית הגלישה שלך.
        - הירשמו לניוזלטר שלנו וקבלו את הכתבות הנבחרות ישירות למייל שלכם
        - © כל הזכויות שמורות
        - הכי נקראות
        - קווי אוטובוס חדשים במרכז העיר החל ממרץ
        - תגובות
        - השאירו תגובה
        - כתובת האימייל שלך לא תפורסם. שדות החובה מסומנים *
        - מדיניות פרטיות
        - תנאי שימוש
        ",
    );
}

#[test]
fn hindi() {
    check(
        "hi",
        "
        - मुख्य सामग्री पर जाएं
        - होम
        - विज्ञापन
        + नगर निगम नदी किनारे बनाएगा नया साइकिल ट्रैक
        - लेखक: राहुल शर्मा
        - अपडेटेड: 12 मार्च 2024, 10:15 AM IST
        - 3 मिनट में पढ़ें
        + नगर निगम अगले महीने से नदी किनारे बारह किलोमीटर लंबे नए साइकिल ट्रैक का निर्माण शुरू करेगा, उप महापौर ने मंगलवार को यह जानकारी दी।
        + निवासियों ने सामुदायिक भवन में हुई तीन बैठकों में अपने सुझाव साझा किए, जिनमें कई सौ लोग शामिल हुए।
        - शेयर करें
        - व्हाट्सऐप पर शेयर करें
        + महापौर की टिप्पणी पर विवाद हो गया: उन्होंने परियोजना को लंबे समय से लंबित बताया और परिवहन में नए निवेश का वादा किया।
        - यह भी पढ़ें: शहर के बीच नए बस स्टॉप बनेंगे
        + काम साल के अंत तक चलेगा और इस पर करीब बीस करोड़ रुपये खर्च होने का अनुमान है।
        - विज्ञापन हटाएं सिर्फ खबर पढ़ें
        + जो लोग पूरी योजना पढ़ना चाहते हैं, वे इसे निगम की वेबसाइट पर देख सकते हैं और वहीं अपनी राय भी दे सकते हैं।
        + निगम के न्यूज़लेटर को सब्सक्राइब करने वाले नागरिकों को काम की प्रगति की जानकारी नियमित रूप से दी जाएगी।
        + इस बीच शहर की एक साइकिल कंपनी के शेयर घोषणा के बाद पांच प्रतिशत चढ़ गए।
        - फोटो: पीटीआई
        - यह वेबसाइट कुकीज़ का उपयोग करती है ताकि आपको बेहतर अनुभव मिल सके।
        - हमारे न्यूज़लेटर की सदस्यता लें और रोज़ की बड़ी ख़बरें पाएं।
        - हमें गूगल न्यूज़ पर फॉलो करें
        - © 2024 सर्वाधिकार सुरक्षित।
        - सबसे ज्यादा पढ़ी गई खबरें
        - शहर के बीच नए बस स्टॉप बनेंगे, मार्च से शुरू होगा काम
        - टिप्पणियां
        - अपनी टिप्पणी लिखें
        - गोपनीयता नीति
        ",
    );
}

#[test]
fn korean() {
    check(
        "ko",
        "
        - 본문 바로가기
        - 전체메뉴
        - 광고
        + 시, 강변 따라 자전거 전용도로 새로 만든다
        - 입력 2024.03.12 14:35 수정 2024.03.12 15:10
        - 김철수 기자 kimcs@example.co.kr
        - 글자 크기 변경
        + 시는 다음 달부터 강변을 따라 길이 12킬로미터의 자전거 전용도로 건설에 착수한다고 12일 밝혔다.
        + 부시장은 이날 기자회견에서 새 도로가 주택가 세 곳과 대학 두 곳을 잇게 된다며 시민들의 적극적인 이용을 당부했다.
        - 페이스북 공유하기
        - 카카오톡 공유하기
        - URL 복사
        + 시민들은 세 차례 열린 주민설명회에서 노선에 대한 의견을 공유했으며, 시는 이를 반영해 계획 일부를 수정했다.
        - 관련기사: 도심 심야버스 노선 다음 달 개통
        + 시장의 댓글 한 줄이 온라인에서 화제가 되면서 사업에 대한 관심도 크게 높아졌다는 분석이 나온다.
        + 사업비는 약 1200억 원으로 시와 도가 절반씩 부담하며, 공사는 연말까지 이어질 예정이다.
        + 시 소식지를 구독하는 주민들은 계획을 가장 먼저 읽었고, 상당수가 뉴스레터를 통해 추가 의견을 보냈다.
        + 일부 주민은 의견 수렴이 너무 늦었다며 공개 토론회를 한 번 더 열어 달라고 요구했다.
        - 사진=연합뉴스
        - 이 웹사이트는 쿠키를 사용합니다. 사이트를 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.
        - 뉴스레터 구독하기
        - <저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
        - 많이 본 뉴스
        - 도심 심야버스 노선 다음 달 개통…배차 간격 20분
        - 댓글
        - 로그인 후 댓글을 작성할 수 있습니다.
        - 개인정보처리방침
        - 이메일무단수집거부
        ",
    );
}

#[test]
fn caseless_bylines_and_native_digits() {
    // Scripts without case show no name by its capitals, and write dates
    // in their own digits; sentences that open with the byline word, or
    // hold numbers in those digits, stay.
    check(
        "ar",
        "
        - بقلم أحمد محمود
        + بقلم أحمر رسم أحد المهندسين المسار على خريطة كبيرة علقت في قاعة المركز الثقافي.
        + وأصيب ٣ أشخاص في حادث وقع على الطريق نفسه العام الماضي، وهو ما دفع السكان إلى المطالبة بمسار منفصل.
        - نُشر في ١٢/٠٣/٢٠٢٤ - ١٠:٣٠
        + كتب الطبخ والرحلات كانت الأكثر مبيعا في معرض الكتاب الذي أقيم في المدينة هذا العام.
        ",
    );
    check(
        "fa",
        "
        - خبرنگار: مریم احمدی - تهران
        + به گفته شهرداری، در سال ۱۴۰۲ بیش از ۳ میلیون نفر از پارک ساحلی کنار رودخانه دیدن کردند.
        + نویسنده کتاب «شهر دوچرخه‌ها» هم در این نشست حاضر بود و از طرح حمایت کرد.
        - ۲۲ اسفند ۱۴۰۲
        ",
    );
    check(
        "he",
        "
        - מאת: יוסי כהן
        + מאת ראש העירייה נמסר כי העבודות יחלו בחודש הבא ויימשכו כשנה.
        + כותב המאמר מציין כי התושבים לא שותפו בתהליך בזמן.
        ",
    );
    check(
        "hi",
        "
        - लेखिका: प्रिया वर्मा, नई दिल्ली
        + लेखक राहुल शर्मा ने अपनी नई किताब में शहर की साइकिल संस्कृति पर एक पूरा अध्याय लिखा है।
        + निगम के मुताबिक २०२३ में ५ लाख से ज़्यादा लोग नदी किनारे के पार्क में घूमने आए।
        - प्रकाशित: १२ मार्च २०२४, ०९:३० AM IST
        ",
    );
    check(
        "ko",
        "
        - 기자 김철수
        + 시는 다음 달부터 강변을 따라 자전거 전용도로 건설에 착수한다고 12일 밝혔다.
        + 기자 출신인 시의원 한 명은 자전거 도로가 주변 상권에 미칠 영향을 따져 봐야 한다고 지적했다.
        + 김철수 기자는 이날 현장을 찾아 주민들의 이야기를 직접 들었다.
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
