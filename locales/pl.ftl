# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# WERSJA ROBOCZA tłumaczenia, która czeka na sprawdzenie przez wykwalifikowanego tłumacza. Nie publikować bez tego sprawdzenia.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Złożenie skargi lub przekazanie opinii
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Przejdź do treści głównej
loading = Ładowanie…
page-load-failed-title = Nie udało się wczytać tej strony
page-load-failed-body = Prosimy sprawdzić połączenie z internetem i spróbować ponownie. Dotychczasowe odpowiedzi nie zostały utracone.
page-load-try-again = Spróbuj ponownie

## Start page

start-heading = Złożenie skargi lub przekazanie opinii – { $council }
start-intro = W tym serwisie mogą Państwo powiedzieć nam, co sądzą o jednej z naszych usług, w tym o opiece społecznej dla dzieci i dla dorosłych.
start-you-can = Można tu:
start-can-complain = złożyć skargę
start-can-compliment = przekazać pochwałę
start-can-comment = zgłosić uwagę lub sugestię
start-hear-from-you = Chcemy wiedzieć, kiedy coś idzie źle, a kiedy robimy coś dobrze. Mówienie nam o tym to nie „robienie problemów”.
start-button = Rozpocznij
start-talk-first-heading = Zanim Państwo zaczną
start-talk-first = Często warto najpierw porozmawiać z osobą lub zespołem, z którymi mają Państwo kontakt: wiele problemów da się rozwiązać od razu. Z tego serwisu można skorzystać także wtedy, gdy takiej rozmowy nie było albo gdy nie pomogła.
start-need-heading = Co będzie potrzebne
start-need-what = co się stało i mniej więcej kiedy
start-need-service = jakiej usługi lub jakiego zespołu to dotyczy
start-need-outcome = co powinniśmy zrobić, aby naprawić sytuację
start-need-contact = dane kontaktowe, jeśli chcą Państwo otrzymać odpowiedź
start-need-help = Można poprosić kogoś o pomoc albo o wypełnienie formularza w Państwa imieniu. Na wypełnienie tego formularza mogą Państwo poświęcić tyle czasu, ile potrzebują, a odpowiedzi pozostają na tym urządzeniu do chwili ich wysłania.
start-risk-heading = Czy komuś grozi teraz krzywda?
start-risk-emergency = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, proszę zadzwonić pod numer { $number }.
start-risk-adults = Obawy o osobę dorosłą
start-risk-children = Obawy o dziecko
start-risk-out-of-hours = Poza godzinami pracy urzędu proszę dzwonić do zespołu dyżurnego ds. nagłych przypadków
start-other-ways-heading = Inne sposoby kontaktu

## Contact details

contact-phone = Telefon
contact-email = E-mail
contact-post = Adres do korespondencji
contact-in-person = Wizyta osobista
contact-website = Strona internetowa
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens }–{ $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } – { $to }
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środa
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobota
weekday-sunday = niedziela
opening-any-time = O każdej porze

## When the wizard cannot start

config-error-title = Przepraszamy, serwis jest teraz niedostępny
config-error-body = Skargę lub opinię można nadal przekazać, kontaktując się z urzędem telefonicznie, e-mailem lub listownie. Prosimy spróbować ponownie później.
config-error-emergency = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, proszę zadzwonić pod numer 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Przepraszamy, coś poszło nie tak
crash-body = Odpowiedzi nie zostały utracone. Prosimy je skopiować lub pobrać poniżej, a następnie odświeżyć stronę, aby spróbować ponownie, albo skontaktować się z nami w inny sposób.
crash-answers = Dotychczasowe odpowiedzi
crash-download = Pobierz odpowiedzi

## Shared by question pages

continue = Dalej
back = Wstecz
answer-yes = Tak
answer-no = Nie
error-summary-title = Wystąpił problem
# Read out before each error message, hidden on screen.
error-prefix = Błąd:
# Put in front of the page title while the page shows errors.
page-title-error = Błąd: { $title }
character-count-remaining = { $count ->
    [one] Pozostał { $count } znak
    [few] Pozostały { $count } znaki
    [many] Pozostało { $count } znaków
   *[other] Pozostało { $count } znaku
}
character-count-over = { $count ->
    [one] Przekroczono limit o { $count } znak
    [few] Przekroczono limit o { $count } znaki
    [many] Przekroczono limit o { $count } znaków
   *[other] Przekroczono limit o { $count } znaku
}
date-day = Dzień
date-month = Miesiąc
date-year = Rok
date-error-month = Proszę wpisać miesiąc jako liczbę od 1 do 12
date-error-year = Proszę wpisać rok czterema cyframi, np. 2025
date-error-real = Proszę wpisać istniejącą datę, np. 27 3 2025, albo tylko miesiąc i rok, np. 3 2025
date-error-future = Data musi być dzisiejsza lub wcześniejsza

## What would you like to do?

kind-question = Co chcą Państwo zrobić?
kind-complaint = Złożyć skargę
kind-complaint-hint = Coś poszło źle albo są Państwo niezadowoleni z usługi, decyzji lub sposobu, w jaki Państwa potraktowano.
kind-compliment = Przekazać pochwałę
kind-compliment-hint = Proszę napisać, co zrobiliśmy dobrze albo kto Państwu pomógł.
kind-comment = Zgłosić uwagę lub sugestię
kind-comment-hint = Proszę napisać, co moglibyśmy robić lepiej.
kind-follow-up = Wrócić do złożonej wcześniej skargi
kind-follow-up-hint = Można poprosić o następny etap, przypomnieć nam o spóźnionej odpowiedzi albo sprawdzić, kiedy można zwrócić się do rzecznika.
kind-error = Proszę wybrać, co chcą Państwo zrobić

## Is anyone at risk?

safety-question = Czy ktoś jest w niebezpieczeństwie lub czy grozi mu krzywda?
safety-hint = Może chodzić o Państwa, o dziecko albo o osobę dorosłą, która potrzebuje opieki i wsparcia.
safety-error = Proszę wybrać „Tak”, jeśli ktoś jest w niebezpieczeństwie lub grozi mu krzywda
safety-advice-heading = Jak uzyskać pomoc od razu
safety-advice-emergency = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, proszę natychmiast zadzwonić pod numer { $number }.
safety-advice-safeguarding = Jeśli martwią się Państwo o bezpieczeństwo dziecka lub osoby dorosłej, która potrzebuje opieki i wsparcia, proszę zadzwonić do naszych zespołów opieki społecznej. Mogą one zareagować od razu. Rozpatrzenie skargi trwa dłużej.
safety-advice-carry-on = Mogą Państwo również złożyć skargę.
safety-advice-history = Przycisk „Wyjdź z tej strony” nie usuwa historii przeglądarki. Jeśli ktoś inny może zaglądać do tego urządzenia, proszę po zakończeniu usunąć historię albo korzystać z okna przeglądania prywatnego (incognito).
safety-advice-continue = Kontynuuj składanie skargi

## Who is it for?

who-question = W czyim imieniu składana jest skarga?
who-myself = We własnym imieniu
who-someone-else = W imieniu innej osoby
who-someone-else-hint = Na przykład członek rodziny, przyjaciel lub osoba, którą się Państwo opiekują.
who-professional = Działam w czyimś imieniu jako orędownik (advocate) lub w ramach pracy zawodowej
who-professional-hint = Na przykład orędownik (advocate), pracownik socjalny z innej organizacji lub prawnik (solicitor).
who-error = Proszę wybrać, w czyim imieniu składana jest skarga
representation-heading = Informacje o osobie, w imieniu której składana jest skarga
their-name-label = Imię i nazwisko tej osoby
their-name-error = Proszę wpisać imię i nazwisko osoby, w imieniu której składana jest skarga
their-name-too-long = Imię i nazwisko może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
relationship-label = Skąd znają Państwo tę osobę?
relationship-hint = Na przykład „moja mama”, „mój sąsiad” albo „jestem orędownikiem tej osoby”.
relationship-error = Proszę napisać, skąd znają Państwo tę osobę
relationship-too-long = Odpowiedź na pytanie, skąd znają Państwo tę osobę, może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
consent-question = Czy ta osoba zgodziła się, aby złożyli Państwo tę skargę w jej imieniu?
consent-hint = Potrzebujemy zgody tej osoby, aby kontaktować się z Państwem w sprawie jej skargi i zapoznać się z jej dokumentacją. Nawet jeśli ta osoba wyrazi zgodę, możemy nie móc przekazać Państwu wszystkiego, co ustalimy lub zrobimy.
consent-given = Tak, ta osoba wyraziła zgodę
consent-child = Nie może wyrazić zgody, ponieważ jest dzieckiem
consent-lacks-capacity = Nie może wyrazić zgody, ponieważ nie jest w stanie podjąć takiej decyzji
consent-lacks-capacity-hint = Na przykład z powodu demencji lub poważnej choroby.
consent-died = Nie może wyrazić zgody, ponieważ ta osoba zmarła
consent-not-yet = Jeszcze nie
consent-error = Proszę wybrać, czy ta osoba zgodziła się, aby złożyli Państwo tę skargę
consent-advice-heading = Będzie potrzebna zgoda tej osoby
consent-advice-permission = Zanim zajmiemy się skargą, potrzebujemy zgody tej osoby na kontakt z Państwem. Skontaktujemy się w sprawie tego, jak można ją wyrazić.
consent-advice-outcome = Nawet jeśli ta osoba wyrazi zgodę, możemy nie móc przekazać Państwu wszystkiego, co ustalimy lub zrobimy, aby chronić jej prywatność.
consent-advice-carry-on = Mogą Państwo kontynuować i już teraz opisać skargę.
consent-advice-continue = Dalej

## What is it about?

topic-question = Czego dotyczy skarga?
topic-children = Opieka społeczna dla dzieci
topic-children-hint = Na przykład pracownik socjalny zajmujący się dzieckiem lub rodziną, rodziny zastępcze, adopcja albo dom dziecka.
topic-adults = Opieka społeczna dla dorosłych
topic-adults-hint = Na przykład pomoc w domu, dom opieki, ocena potrzeb w zakresie opieki albo płatności bezpośrednie (direct payments).
topic-other = Inna usługa urzędu
topic-other-hint = Na przykład sprawy mieszkaniowe, odbiór śmieci i recykling, drogi, podatek lokalny (council tax) albo przyjęcia do szkół. Obejmuje to także usługi, które inne organizacje świadczą w naszym imieniu.
topic-child-protection = Decyzja podjęta na konferencji w sprawie ochrony dziecka (child protection conference)
topic-court = Sprawa, o której zdecydował lub decyduje sąd
topic-first-request = Pierwsza prośba o usługę
topic-first-request-hint = Na przykład pierwsza prośba o ocenę potrzeb w zakresie opieki albo pierwsze zgłoszenie nieodebranych śmieci.
topic-error = Proszę wybrać, czego dotyczy skarga
care-question = Kto organizuje opiekę?
care-council = Organizuje ją urząd
care-council-hint = Nawet jeśli pokrywają Państwo część lub całość kosztów.
care-self-funded = Organizuję ją i płacę za nią samodzielnie albo robi to moja rodzina
care-error = Proszę wybrać, kto organizuje opiekę
self-funded-heading = Jeśli organizują Państwo i opłacają opiekę samodzielnie
self-funded-provider = Najpierw proszę złożyć skargę do dostawcy opieki: agencji opieki domowej lub domu opieki.
self-funded-question = Czy skarga dotyczy czegoś, co zrobił urząd?
self-funded-hint = Na przykład ocena potrzeb w zakresie opieki, decyzja w sprawie płacenia za opiekę albo informacje, które od nas Państwo otrzymali.
self-funded-error = Proszę wybrać „Tak”, jeśli skarga dotyczy czegoś, co zrobił urząd

## Where to go instead

signpost-conference-heading = Decyzje konferencji w sprawie ochrony dziecka mają własną procedurę
signpost-conference-body = W ramach procedury skargowej nie można zmienić decyzji podjętej na konferencji w sprawie ochrony dziecka.
signpost-conference-next = Jeśli chcą Państwo zakwestionować decyzję, proszę porozmawiać z przewodniczącym konferencji lub z pracownikiem socjalnym. Nadal można złożyć skargę na to, jak urząd Państwa potraktował, na przykład na sposób prowadzenia spotkania.
signpost-court-heading = Sprawami sądowymi zajmują się sądy
signpost-court-body = W ramach procedury skargowej nie można badać sprawy, o której zdecydował lub decyduje sąd.
signpost-court-next = Proszę porozmawiać ze swoim prawnikiem lub z sądem. Nadal można złożyć skargę na działanie urzędu, które nie jest częścią sprawy sądowej.
signpost-request-heading = Najpierw proszę zwrócić się do właściwego działu
signpost-request-body = Pierwsza prośba o usługę to wniosek, a nie skarga.
signpost-request-next = Proszę skontaktować się z właściwym działem i poprosić o usługę. Jeśli dział nie pomoże lub jego odpowiedź nie będzie zadowalająca, można wtedy złożyć skargę.
signpost-provider-heading = Proszę złożyć skargę do dostawcy opieki
signpost-provider-body = Jeśli organizują Państwo i opłacają opiekę samodzielnie, najpierw proszę złożyć skargę do dostawcy opieki.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Proszę złożyć skargę do właściwej instytucji ds. zdrowia i opieki społecznej (Health and Social Care Trust)
signpost-trust-body = W Irlandii Północnej opiekę społeczną dla dzieci i dorosłych prowadzą instytucje ds. zdrowia i opieki społecznej (Health and Social Care Trusts), a nie urząd. Proszę złożyć skargę do instytucji (Trust), która zapewnia opiekę: ma ona własną procedurę skargową.
signpost-change = Zmień odpowiedź
signpost-contact-heading = W razie wątpliwości prosimy o kontakt

## Talking to the service first

talked-question = Czy rozmawiali już Państwo o tym z właściwym działem?
talked-hint = Na przykład z osobą lub zespołem, z którymi zwykle mają Państwo kontakt, albo z ich kierownikiem.
talked-error = Proszę wybrać „Tak”, jeśli rozmawiali już Państwo z właściwym działem
talk-first-heading = Rozmowa z działem często pozwala szybko rozwiązać sprawę
talk-first-quick = { $procedure ->
    [children] Większość problemów z opieką społeczną dla dzieci rozwiązuje „od ręki” osoba, z którą mają Państwo kontakt, albo jej kierownik w ciągu 10 dni roboczych.
    [adults] Jeśli powiedzą Państwo działowi, co jest nie tak, być może uda się to naprawić do następnego dnia roboczego.
   *[other] Nasz zespół ds. skarg najpierw spróbuje rozwiązać sprawę szybko i nieformalnie wraz z właściwym działem. Nazywa się to wczesnym rozwiązaniem sprawy.
}
talk-first-carry-on = Nie trzeba najpierw rozmawiać z działem. Mogą Państwo od razu kontynuować składanie skargi.
talk-first-continue = Kontynuuj składanie skargi

## When did it happen?

when-heading = Kiedy to się stało?
when-happened = Kiedy to się stało albo kiedy się zaczęło
when-happened-hint = Na przykład 27 3 2025. Jeśli nie znają Państwo dnia, proszę wpisać tylko miesiąc i rok.
when-still-happening = To nadal trwa
when-found-out = Kiedy się Państwo o tym dowiedzieli, jeśli było to później (opcjonalnie)
when-found-out-hint = Na przykład 3 2025. Proszę zostawić to pole puste, jeśli dowiedzieli się Państwo o tym od razu.
when-error-missing = Proszę wpisać, kiedy to się stało, albo zaznaczyć, że to nadal trwa
when-error-found-out-before = Data, kiedy się Państwo o tym dowiedzieli, musi być taka sama jak data zdarzenia lub późniejsza
late-question = Dlaczego składają Państwo skargę teraz?
late-hint = { $months ->
    [one] Skargę składa się zwykle w ciągu { $months } miesiąca od zdarzenia lub od chwili, gdy się Państwo o nim dowiedzieli. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
    [few] Skargę składa się zwykle w ciągu { $months } miesięcy od zdarzenia lub od chwili, gdy się Państwo o nim dowiedzieli. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
    [many] Skargę składa się zwykle w ciągu { $months } miesięcy od zdarzenia lub od chwili, gdy się Państwo o nim dowiedzieli. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
   *[other] Skargę składa się zwykle w ciągu { $months } miesiąca od zdarzenia lub od chwili, gdy się Państwo o nim dowiedzieli. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] Skargę składa się zwykle w ciągu { $months } miesiąca od zdarzenia. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
    [few] Skargę składa się zwykle w ciągu { $months } miesięcy od zdarzenia. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
    [many] Skargę składa się zwykle w ciągu { $months } miesięcy od zdarzenia. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
   *[other] Skargę składa się zwykle w ciągu { $months } miesiąca od zdarzenia. Możemy ją rozpatrzyć także później, jeśli jest dobry powód, dla którego nie została złożona wcześniej, na przykład choroba albo to, że nie wiedzieli Państwo o możliwości złożenia skargi, i jeśli nadal można ją rozpatrzyć sprawiedliwie i właściwie.
}
late-error = Proszę napisać, dlaczego składają Państwo skargę teraz
late-too-long = Odpowiedź może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}

## Your complaint or message

service-question = Jakiej usługi lub jakiego zespołu to dotyczy?
service-hint = Na przykład praca socjalna z dziećmi, opieka domowa albo naprawy w mieszkaniach komunalnych. Jeśli nie mają Państwo pewności, prosimy napisać to, co wiadomo.
service-error = Proszę wpisać, jakiej usługi lub jakiego zespołu to dotyczy
service-too-long = Nazwa usługi może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
message-question = Co chcą nam Państwo przekazać?
message-hint = Jeśli chodzi o konkretną osobę, prosimy podać jej imię i nazwisko, jeśli je Państwo znają.
message-error = Proszę wpisać, co chcą nam Państwo przekazać
message-too-long = Wiadomość może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
what-happened-question = Co się stało?
what-happened-hint = Proszę opisać, co poszło nie tak, kiedy i kto brał w tym udział. Prosimy dodać wszystko, co może pomóc nam zrozumieć sytuację.
what-happened-error = Proszę opisać, co się stało
what-happened-too-long = Opis tego, co się stało, może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
put-right-question = Co, Państwa zdaniem, powinniśmy zrobić, aby naprawić sytuację?
put-right-hint = Na przykład przeprosiny, ponowne rozpatrzenie decyzji albo zmiana w usłudze.
put-right-error = Proszę napisać, co powinniśmy zrobić, aby naprawić sytuację
put-right-too-long = Odpowiedź może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Dodawanie listów, zdjęć lub dokumentów
evidence-hint = Nie trzeba niczego dodawać. Jeśli mają Państwo coś, co pokazuje, co się stało, na przykład list, plan opieki, rachunek lub zdjęcie, można to dodać tutaj.
evidence-rules = Można dodać najwyżej { $files ->
    [one] { $files } plik
    [few] { $files } pliki
    [many] { $files } plików
   *[other] { $files } pliku
}. Każdy plik musi być mniejszy niż { $each }, a wszystkie razem – mniejsze niż { $total }.
evidence-kinds = Rodzaje plików, które można dodać: { $kinds }
evidence-photos = Zanim zdjęcie w formacie JPEG opuści Państwa urządzenie, usuwamy z niego informację o tym, gdzie zostało zrobione, i inne ukryte dane. Sam obraz się nie zmienia. Inne pliki, w tym inne rodzaje zdjęć, są wysyłane bez zmian.
evidence-choose = Wybierz pliki
evidence-drop = lub przeciągnij pliki tutaj
evidence-added-heading = Dodane pliki
evidence-remove = Usuń
evidence-adding = Dodawanie pliku { $name }…
evidence-added = Dodano plik { $name }
evidence-removed = Usunięto plik { $name }
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (starszy format)
evidence-kind-text = tekst
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = Plik { $name } jest pusty
attachment-error-too-big = Plik { $name } musi być mniejszy niż { $limit }
attachment-error-type = Nie można dodać pliku { $name }: ten rodzaj pliku nie jest dozwolony. Dozwolone rodzaje: { $kinds }
attachment-error-too-many = Nie dodano pliku { $name }: można dodać najwyżej { $limit ->
    [one] { $limit } plik
    [few] { $limit } pliki
    [many] { $limit } plików
   *[other] { $limit } pliku
}
attachment-error-total = Nie dodano pliku { $name }: wszystkie pliki razem muszą być mniejsze niż { $limit }
attachment-error-duplicate = Plik { $name } został już dodany
attachment-error-photo = Nie udało się odczytać pliku { $name } jako zdjęcia. Proszę zapisać go ponownie lub wybrać inny plik
attachment-error-unreadable = Nie udało się odczytać pliku { $name }. Proszę wybrać go ponownie
attachment-error-lost = Pliku { $name } nie ma już na tym urządzeniu. Proszę dodać go ponownie lub usunąć

## How you would like it handled

handling-question = Jak chcą Państwo, abyśmy zajęli się skargą?
handling-hint = Omówimy to z Państwem i wspólnie ustalimy.
handling-error = Proszę wybrać, jak mamy zająć się skargą
resolution-on-the-spot = Od razu rozwiązać sprawę z osobą, z którą mam kontakt
resolution-local = Poprosić kierownika o szybkie przyjrzenie się sprawie
resolution-next-working-day = Spróbować naprawić sytuację do następnego dnia roboczego
resolution-early = Najpierw spróbować rozwiązać sprawę szybko i nieformalnie
resolution-meeting = Omówić sprawę na spotkaniu
resolution-formal-investigation = Formalne postępowanie wyjaśniające z odpowiedzią na piśmie
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = Jeśli do końca następnego dnia roboczego sytuacja zostanie naprawiona w sposób dla Państwa satysfakcjonujący, sprawa nie zostanie zarejestrowana jako skarga i nie będą Państwo mogli później zgłosić tej samej sprawy w ramach procedury skargowej.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = Dotyczy poważnych spraw. Poinformujemy Państwa, czy zgadzamy się rozpocząć od formalnego postępowania wyjaśniającego. Jeśli się nie zgodzimy, sprawa zostanie najpierw rozpatrzona na pierwszym etapie.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = Nie będziemy najpierw próbować rozwiązać sprawy nieformalnie: skarga trafi od razu do postępowania wyjaśniającego w ramach Etapu 1.
meeting-question = Czy chcą Państwo spotkać się z nami, aby porozmawiać o skardze?
meeting-hint = Spotkanie może odbyć się osobiście, telefonicznie lub przez wideorozmowę.
meeting-error = Proszę wybrać „Tak”, jeśli chcą Państwo się z nami spotkać

## Your records

records-question = Czy możemy zajrzeć do dokumentacji, którą mamy w tej sprawie?
records-hint = Aby właściwie rozpatrzyć skargę, musimy zapoznać się z dokumentacją, którą prowadzimy na temat Państwa lub osoby, w imieniu której składają Państwo skargę. Zobaczą ją tylko osoby rozpatrujące skargę. Jeśli będziemy musieli skontaktować się z NHS (publiczną służbą zdrowia) lub z organizacjami, które świadczą usługi w naszym imieniu, takimi jak domy opieki, poprosimy Państwa o zgodę, zanim udostępnimy im informacje na Państwa temat.
records-error = Proszę wybrać „Tak”, jeśli możemy zajrzeć do dokumentacji

## Confidentiality

confidentiality-heading = Zachowanie poufności
confidentiality-who = Skargę zobaczą tylko osoby, które muszą o niej wiedzieć: osoby, które ją rozpatrują, i osoby, które mogą naprawić sytuację.
confidentiality-limit = Jeśli powiedzą nam Państwo o przestępstwie albo o zagrożeniu dla bezpieczeństwa dziecka lub osoby dorosłej, która potrzebuje opieki i wsparcia, nie możemy zachować tego w tajemnicy. Pomożemy dopilnować, aby poinformowano właściwe osoby i podjęto właściwe działania.
confidential-question = Czy jest coś, co mamy zachować w poufności?
confidential-hint = Postaramy się uszanować Państwa życzenia, ale może to utrudnić ustalenie, co się stało, i naprawienie sytuacji.
confidential-error = Proszę wybrać „Tak”, jeśli jest coś, co mamy zachować w poufności
confidential-detail-label = Co mamy zachować w poufności? (opcjonalnie)
confidential-detail-too-long = Odpowiedź może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}

## Support

support-heading = Pomoc i wsparcie
support-question = Czy potrzebują Państwo czegoś z poniższej listy, aby wziąć udział w rozpatrywaniu skargi?
support-hint = Proszę zaznaczyć wszystkie pasujące odpowiedzi.
support-interpreter = Tłumacz ustny
support-bsl = Tłumacz brytyjskiego języka migowego (BSL)
support-braille = Listy w alfabecie Braille’a
support-large-print = Listy pisane dużą czcionką
support-easy-read = Dokumenty w wersji łatwej do czytania (easy read)
support-audio = Nagrania audio
support-advocacy = Pomoc orędownika (advocate) lub organizacji wspierającej
interpreter-language-label = Jaki język?
interpreter-language-error = Proszę wpisać język, w którym potrzebny jest tłumacz ustny
advocacy-intro = Te organizacje mogą pomóc Państwu wyrazić swoje zdanie. Są niezależne od urzędu. Mogą się Państwo z nimi skontaktować samodzielnie albo możemy w tym pomóc.
reply-language-label = W jakim języku mamy do Państwa pisać? (opcjonalnie)
reply-language-hint = Jeśli to pole zostanie puste, odpowiedzi będą w języku, którego używają Państwo teraz.
helper-label = Czy ktoś pomaga Państwu w sprawie skargi? (opcjonalnie)
helper-hint = Prosimy podać imię i nazwisko tej osoby, abyśmy wiedzieli, kim jest, jeśli się z nami skontaktuje.
contact-too-long = Ten tekst może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}

## Contact details

contact-heading = Dane kontaktowe
contact-heading-optional = Jeśli chcą Państwo otrzymać odpowiedź
contact-optional-intro = Nie trzeba podawać imienia i nazwiska ani danych kontaktowych. Bez nich nie będziemy jednak mogli odpowiedzieć.
full-name-label = Imię i nazwisko
full-name-label-optional = Imię i nazwisko (opcjonalnie)
full-name-error = Proszę wpisać imię i nazwisko
contact-method-question = Jak mamy się z Państwem kontaktować?
contact-method-hint = Proszę zaznaczyć wszystkie pasujące odpowiedzi.
contact-method-hint-optional = Proszę zaznaczyć wszystkie pasujące odpowiedzi albo nie zaznaczać żadnej, jeśli nie chcą Państwo otrzymać odpowiedzi.
contact-method-error = Proszę wybrać co najmniej jeden sposób kontaktu
contact-by-email = E-mail
contact-by-phone = Telefon
contact-by-post = Poczta
email-label = Adres e-mail
email-error-empty = Proszę wpisać adres e-mail
email-error-format = Proszę wpisać adres e-mail w poprawnym formacie, np. name@example.com
phone-label = Numer telefonu
phone-hint = W przypadku numeru zagranicznego proszę podać numer kierunkowy kraju.
phone-error-empty = Proszę wpisać numer telefonu
phone-error-format = Proszę wpisać numer telefonu, np. 01632 960 001, 07700 900 982 albo +44 808 157 0192
best-time-label = Kiedy najlepiej do Państwa dzwonić? (opcjonalnie)
best-time-hint = Na przykład rano w dni robocze.
address-line1-label = Adres – wiersz 1
address-line1-error = Proszę wpisać pierwszy wiersz adresu
address-line2-label = Adres – wiersz 2 (opcjonalnie)
address-town-label = Miejscowość
address-town-error = Proszę wpisać miejscowość
postcode-label = Kod pocztowy
postcode-error-empty = Proszę wpisać kod pocztowy
postcode-error-format = Proszę wpisać prawidłowy kod pocztowy, np. S70 2TA

## Check your answers

check-heading = Przed wysłaniem proszę sprawdzić odpowiedzi
check-change = Zmień
check-found-out = Kiedy się Państwo dowiedzieli: { $date }
check-meeting-yes = Proszę o spotkanie
check-meeting-no = Spotkanie nie jest potrzebne
check-interpreter = Tłumacz ustny: { $language }
check-reply-language = Język odpowiedzi: { $language }
check-helper = Pomaga mi: { $name }
check-no-support = Wsparcie nie jest potrzebne
check-no-evidence = Nie dodano plików
check-no-reply = Odpowiedź nie jest potrzebna
check-reply-by = Sposób odpowiedzi: { $ways }
check-send-heading-complaint = Teraz można wysłać skargę
check-send-heading-feedback = Teraz można wysłać wiadomość
check-send-body = Wysyłając formularz, potwierdzają Państwo, że podane informacje są prawdziwe, zgodnie z Państwa najlepszą wiedzą.
check-send-complaint = Wyślij skargę
check-send-feedback = Wyślij
check-send-heading-follow-up = Teraz można wysłać wniosek
check-send-follow-up = Wyślij wniosek
check-earlier-reference = Numer referencyjny: { $reference }
check-complained = Data złożenia skargi: { $date }
check-sending = Wysyłanie…
# While the person's files are sent, before their answers.
check-sending-file = Wysyłanie pliku { $number } z { $count }…
check-send-failed = Jeszcze nie wysłano
check-send-kept = Odpowiedzi są nadal zapisane: nic nie zostało utracone.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = Nie udało się połączyć z systemem urzędu. Proszę sprawdzić połączenie z internetem.
send-problem-timed-out = System urzędu zbyt długo nie odpowiadał.
send-problem-server = W systemie urzędu wystąpił problem.
send-problem-busy = System urzędu jest w tej chwili przeciążony.
send-problem-rejected = System urzędu nie mógł przyjąć formularza, a ponowna próba nic nie da. Proszę pobrać kopię odpowiedzi albo zamiast tego wysłać je e-mailem.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] Ponowna próba za { $seconds } sekundę.
    [few] Ponowna próba za { $seconds } sekundy.
    [many] Ponowna próba za { $seconds } sekund.
   *[other] Ponowna próba za { $seconds } sekundy.
}
send-offline = Brak połączenia z internetem. Formularz zostanie wysłany, gdy tylko połączenie wróci: proszę nie zamykać tej strony.
send-try-again = Spróbuj ponownie
send-download-copy = Pobierz kopię odpowiedzi
send-by-email = Wyślij zamiast tego e-mailem
# Shown when the council takes submissions by email only.
send-email-explain = Otworzy się program pocztowy z wiadomością zaadresowaną do nas, zawierającą Państwa odpowiedzi. Dotrze ona do nas dopiero wtedy, gdy wyślą Państwo ten e-mail.
send-email-open = Otwórz e-mail z moimi odpowiedziami
send-email-too-long = Odpowiedzi są zbyt długie, aby zmieściły się w jednym linku e-mail, dlatego e-mail będzie zawierał tylko ich początek. Proszę pobrać kopię odpowiedzi i dołączyć ją do e-maila.
send-email-rest-attached = [Moje odpowiedzi są zbyt długie na jeden link e-mail: pozostała część znajduje się w załączonej kopii.]
send-email-attach = Nie możemy sami dołączyć Państwa plików do e-maila. Przed wysłaniem wiadomości proszę samodzielnie dołączyć do niej te pliki:
send-email-kept = Odpowiedzi pozostaną tutaj, dopóki nie dadzą nam Państwo znać, że e-mail został wysłany.
send-email-done = Potwierdzam wysłanie e-maila

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Skarga nr { $reference }
copy-subject-compliment = Pochwała nr { $reference }
copy-subject-comment = Uwaga lub sugestia nr { $reference }
copy-subject-follow-up = Kontynuacja skargi – nr { $reference }
copy-reference = Numer referencyjny: { $reference }
copy-sent = Wysłano: { $time } (czas brytyjski)
copy-english-heading = Po angielsku, dla pracowników urzędu:
copy-id = Identyfikator zgłoszenia: { $id }

## Confirmation

confirmation-heading-complaint = Skarga została wysłana
confirmation-heading-feedback = Wiadomość została wysłana
confirmation-heading-follow-up = Wniosek został wysłany
# $stage is the name of the stage asked for.
confirmation-follow-up-next = Poprosili Państwo o „{ $stage }”. Te terminy liczą się od dzisiaj.
confirmation-follow-up-chase = Otrzymaliśmy Państwa przypomnienie. Poinformujemy Państwa, dlaczego nasza odpowiedź się spóźnia i kiedy ją Państwo otrzymają.
confirmation-reference = Numer referencyjny
# Shown when the answers went by the person's email program.
confirmation-by-email = Formularz dotrze do nas, gdy otrzymamy Państwa e-mail. Jeśli e-mail nie został wysłany, proszę napisać na adres { $email }, podając numer referencyjny: { $reference }.
confirmation-not-sent = To jest testowa wersja serwisu. Wysłane informacje zostały zapisane przez odbiornik testowy na tym komputerze i nie dotarły do { $council }.
confirmation-next-heading = Co dalej
confirmation-feedback-next = Przekażemy wiadomość do właściwego działu. Jeśli prosili Państwo o odpowiedź, skontaktujemy się z Państwem.
confirmation-copy-heading = Kopia odpowiedzi
confirmation-print = Drukuj tę stronę
confirmation-start-again = Złóż kolejną skargę lub przekaż kolejną opinię

## Following up a complaint already made

earlier-heading = Informacje o skardze
earlier-reference = Numer referencyjny (opcjonalnie)
earlier-reference-hint = Znajduje się w e-mailu lub liście, który otrzymali Państwo po złożeniu skargi, np. RDX-7K3P-Q9MA. Można zostawić to pole puste.
earlier-reference-too-long = Numer referencyjny może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
earlier-complained = Kiedy złożyli Państwo skargę?
earlier-complained-hint = Na przykład 20 11 2026. Jeśli nie znają Państwo dnia, proszę wpisać tylko miesiąc i rok.
earlier-complained-error = Proszę wpisać, kiedy złożyli Państwo skargę, albo tylko miesiąc i rok
standing-question = Co się teraz dzieje ze skargą?
standing-waiting = Czekam na odpowiedź
standing-answered = Mam już odpowiedź
standing-extended = Poinformowano mnie, że potrzeba więcej czasu, i podano mi nowy termin
standing-error = Proszę wybrać, co się teraz dzieje ze skargą
earlier-stage-question-waiting = Na jakim etapie jest skarga?
earlier-stage-question-answered = Którego etapu dotyczyła nasza odpowiedź?
earlier-stage-hint = Etap jest podany w naszych listach i e-mailach do Państwa.
earlier-stage-error = Proszę wybrać etap
stage-date-answered = Kiedy dotarła do Państwa nasza odpowiedź?
stage-date-asked = Kiedy poprosili Państwo o ten etap?
stage-date-hint = Na przykład 20 11 2026. Jeśli nie znają Państwo dnia, proszę wpisać tylko miesiąc i rok.
stage-date-error = Proszę wpisać datę albo tylko miesiąc i rok
stage-date-error-before = Data musi być taka sama jak dzień złożenia skargi lub późniejsza
extended-to-question = Jaki nowy termin podaliśmy?
extended-to-hint = Na przykład 29 1 2027.
extended-to-error = Proszę wpisać nowy termin razem z dniem
extended-to-error-real = Proszę wpisać istniejącą datę, np. 29 1 2027
extended-to-error-before = Nowy termin musi być późniejszy niż dzień, w którym poprosili Państwo o ten etap
follow-up-answer-heading = Skarga: co mogą Państwo teraz zrobić
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = Na podstawie Państwa odpowiedzi nie możemy ustalić terminów. Proszę sprawdzić podane daty.
follow-up-error-complained-after = Dzień złożenia skargi jest późniejszy niż dzień podany dla tego etapu. Proszę sprawdzić obie daty.
follow-up-error-extended-before = Nowy termin, który podaliśmy, jest wcześniejszy niż dzień, w którym poprosili Państwo o ten etap. Proszę sprawdzić obie daty.
follow-up-check-dates = Sprawdź daty
follow-up-late-heading = Nasza odpowiedź się spóźnia
follow-up-late = Powinniśmy byli wysłać Państwu odpowiedź do { $date }.
follow-up-late-what = Poniżej mogą Państwo wysłać nam przypomnienie. Poinformujemy Państwa, dlaczego nasza odpowiedź się spóźnia i kiedy ją Państwo otrzymają.
follow-up-due-heading = Termin naszej odpowiedzi
follow-up-due = Powinniśmy wysłać Państwu odpowiedź do { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = Termin naszej odpowiedzi przypada między { $earliest } a { $latest }, zależnie od dnia, w którym Państwo o nią poprosili. Jeśli do tego czasu odpowiedź nie dotrze, jest spóźniona.
follow-up-due-extended = To jest nowy termin, który podaliśmy.
follow-up-due-allowed = Jeśli potrzebujemy więcej czasu, nasza procedura pozwala nam odpowiedzieć najpóźniej do { $date }, a my wyjaśnimy Państwu dlaczego.
follow-up-due-beyond-allowed = To później, niż pozwala nasza procedura: najpóźniej do { $date }. Mogą Państwo zapytać nas dlaczego.
follow-up-due-wait = Jeśli do tego czasu odpowiedź nie dotrze, proszę wrócić tutaj, aby wysłać nam przypomnienie.
# $stage is the next stage's name.
follow-up-next-heading = Prośba o „{ $stage }”
follow-up-next-council-decides = To my decydujemy, czy ten etap się odbędzie. Jeśli nie, napiszemy do Państwa i wyjaśnimy dlaczego.
follow-up-ask-by = Wniosek trzeba złożyć do { $date }.
follow-up-ask-by-depends = Ostatni dzień na złożenie wniosku przypada między { $earliest } a { $latest }, zależnie od dnia, w którym dotarła nasza odpowiedź. Proszę złożyć wniosek jak najszybciej.
follow-up-ask-by-passed = Termin na złożenie wniosku minął { $date }. Nadal mogą Państwo go złożyć: proszę napisać, dlaczego robią to Państwo dopiero teraz. To my decydujemy, czy przyjąć spóźniony wniosek, a jeśli go nie przyjmiemy, rzecznik może mimo to zająć się skargą.
follow-up-ask-by-none = Nie ma ostatecznego terminu na złożenie wniosku, ale warto zrobić to szybko, póki wszystko jest świeże w pamięci.
follow-up-if-asked-today = Jeśli złożą Państwo wniosek dzisiaj:
follow-up-ombudsman-heading = Zwrócenie się do rzecznika
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = Już teraz mogą Państwo zwrócić się o zbadanie skargi do rzecznika: { $ombudsman }. Rzecznik działa bezpłatnie, jest niezależny i bezstronny.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = Jest to termin najpóźniej do { $date }, a wcześniejszy, jeśli dowiedzieli się Państwo o problemie przed złożeniem skargi.
follow-up-ombudsman-by = Jest to termin do { $date }.
follow-up-ombudsman-passed = Ten dzień już minął. Rzecznik może mimo to zająć się skargą, jeśli był ważny powód, dla którego nie mogli się Państwo zwrócić do niego wcześniej: proszę mu ten powód podać.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = Zwykle { $ombudsman } zajmuje się skargą dopiero wtedy, gdy zakończymy jej rozpatrywanie: po „{ $stage }”.
follow-up-request-question = Co chcą Państwo zrobić?
follow-up-request-next = Poprosić o następny etap
follow-up-request-chase = Wysłać nam przypomnienie
follow-up-request-chase-hint = Można zapytać, dlaczego nasza odpowiedź się spóźnia i kiedy ją Państwo otrzymają.
follow-up-request-error = Proszę wybrać, co chcą Państwo zrobić
unresolved-question = Z czego nadal są Państwo niezadowoleni?
unresolved-hint = Proszę napisać, z czym w naszej odpowiedzi się Państwo nie zgadzają, co nadal nie zostało naprawione i co Państwa zdaniem powinno się stać. Jeśli składają Państwo wniosek po ostatecznym terminie, proszę napisać dlaczego.
unresolved-error = Proszę napisać, z czego nadal są Państwo niezadowoleni
unresolved-too-long = Opis tego, z czego nadal są Państwo niezadowoleni, może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}

## What happens next: dates

timeline-due = { $what } – termin: { $due }
timeline-due-extendable = { $what } – termin: { $due }, a jeśli potrzeba więcej czasu – najpóźniej: { $latest }
timeline-waiting = { $what } – o terminie poinformujemy Państwa później
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = Nie ma na to ustalonego terminu: skontaktujemy się z Państwem.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = Poprosili Państwo o rozpoczęcie od „{ $stage }”. Poinformujemy Państwa, czy się na to zgadzamy. Jeśli się nie zgodzimy, rozpatrywanie skargi rozpocznie się od „{ $otherwise }”.
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Tylko jeśli nie zgodzimy się na rozpoczęcie od „{ $stage }”.

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Procedura skargowa w zakresie opieki społecznej dla dorosłych
procedure-children-statutory-england = Procedura skargowa w zakresie opieki społecznej dla dzieci
procedure-general-barnsley = Procedura skargowa urzędu
procedure-general-council-000 = Procedura skargowa urzędu
procedure-lgsco-complaint-handling-code = Procedura skargowa urzędu
procedure-northern-ireland-nipso-model = Procedura skargowa urzędu
procedure-scotland-spso = Procedura rozpatrywania skarg
procedure-wales-psow-model = Procedura skargowa urzędu
procedure-wales-social-services = Procedura skargowa w zakresie usług społecznych
stage-adult-complaint = Skarga
stage-early-resolution = Wczesne rozwiązanie sprawy
stage-formal-investigation = Etap 2: formalne postępowanie wyjaśniające
stage-informal-resolution = Etap 1: nieformalne rozwiązanie
stage-frontline-response = Etap 1: szybka odpowiedź
stage-independent-investigation = Etap 2: niezależne postępowanie wyjaśniające
stage-investigation = Etap 1: postępowanie wyjaśniające
stage-local-resolution = Etap 1: sprawę rozpatruje kierownik
stage-next-working-day = Naprawienie sytuacji do następnego dnia roboczego
stage-on-the-spot = Rozwiązanie sprawy od ręki
stage-review = Etap 2: ponowne rozpatrzenie
stage-review-panel = Etap 3: niezależna komisja odwoławcza
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = Osoba spoza zespołu rozpatruje skargę i sporządza raport. Następnie kierownik wyższego szczebla wysyła Państwu naszą odpowiedź.
stage-review-panel-about = Trzy niezależne osoby przyglądają się całej sytuacji i spotykają się z Państwem, aby wysłuchać, co mają Państwo do powiedzenia. Decydują, czy postępowanie wyjaśniające zostało przeprowadzone uczciwie, czy jego wnioski były uzasadnione i czy można zrobić coś więcej.
stage-review-about = Jeśli nie są Państwo zadowoleni z naszej odpowiedzi w ramach Etapu 1, nasz zespół pracuje z Państwem nad kwestiami, które Państwa zdaniem nadal pozostają bez odpowiedzi. Ponowne rozpatrzenie nie jest kolejnym postępowaniem wyjaśniającym. O tym, czy dojdzie do ponownego rozpatrzenia, decyduje dyrektor wyższego szczebla; jeśli do niego nie dojdzie, napiszemy do Państwa i wyjaśnimy dlaczego.
stage-stage1 = Etap 1
stage-stage2 = Etap 2
stage-stage2-investigation = Etap 2: postępowanie wyjaśniające
stage-talk-to-the-service = Rozmowa z działem
milestone-acknowledgement = Potwierdzamy otrzymanie skargi i proponujemy spotkanie
milestone-completion = Kończymy rozpatrywanie skargi
milestone-early-resolution = Staramy się rozwiązać sprawę
milestone-next-working-day-resolution = Staramy się naprawić sytuację
milestone-stage1-acknowledgement = Potwierdzamy otrzymanie skargi
milestone-stage1-contact = Nasz zespół kontaktuje się z Państwem
milestone-stage1-discussion = Omawiamy z Państwem, jak rozwiązać sprawę
milestone-stage1-response = Wysyłamy naszą odpowiedź
milestone-stage2-acknowledgement = Potwierdzamy otrzymanie wniosku o etap 2
milestone-stage2-response = Wysyłamy raport z postępowania wyjaśniającego i naszą odpowiedź
milestone-stage2-review = Kończymy ponowne rozpatrzenie
milestone-stage3-panel-meeting = Posiedzenie komisji odwoławczej
milestone-stage3-panel-report = Komisja odwoławcza wysyła swój raport
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = { $count ->
    [one] Mogą Państwo złożyć wniosek o przejście do Etapu 2 w ciągu { $count } dnia roboczego od naszej odpowiedzi w ramach Etapu 1.
   *[other] Mogą Państwo złożyć wniosek o przejście do Etapu 2 w ciągu { $count } dni roboczych od naszej odpowiedzi w ramach Etapu 1.
}
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = { $count ->
    [one] Mogą Państwo złożyć wniosek o rozpatrzenie sprawy przez komisję odwoławczą w ciągu { $count } dnia roboczego od naszej odpowiedzi w ramach Etapu 2.
   *[other] Mogą Państwo złożyć wniosek o rozpatrzenie sprawy przez komisję odwoławczą w ciągu { $count } dni roboczych od naszej odpowiedzi w ramach Etapu 2.
}
milestone-stage3-response = Odpowiadamy na raport komisji
ombudsman-lgsco = Local Government and Social Care Ombudsman (Rzecznik ds. samorządu lokalnego i opieki społecznej)
ombudsman-psow = Public Services Ombudsman for Wales (Rzecznik ds. usług publicznych w Walii)
ombudsman-spso = Scottish Public Services Ombudsman (Rzecznik ds. usług publicznych w Szkocji)
ombudsman-nipso = Northern Ireland Public Services Ombudsman (Rzecznik ds. usług publicznych w Irlandii Północnej)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = Jeśli nadal nie są Państwo zadowoleni
# $ombudsman is the Ombudsman's name.
ombudsman-intro = Mogą Państwo zwrócić się o zbadanie skargi do rzecznika: { $ombudsman }. Rzecznik działa bezpłatnie, jest niezależny i bezstronny.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesiąca od chwili, gdy po raz pierwszy dowiedzieli się Państwo o problemie, a nie w ciągu { $months } miesiąca od naszej odpowiedzi.
    [few] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesięcy od chwili, gdy po raz pierwszy dowiedzieli się Państwo o problemie, a nie w ciągu { $months } miesięcy od naszej odpowiedzi.
    [many] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesięcy od chwili, gdy po raz pierwszy dowiedzieli się Państwo o problemie, a nie w ciągu { $months } miesięcy od naszej odpowiedzi.
   *[other] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesiąca od chwili, gdy po raz pierwszy dowiedzieli się Państwo o problemie, a nie w ciągu { $months } miesiąca od naszej odpowiedzi.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesiąca od naszej ostatecznej odpowiedzi.
    [few] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesięcy od naszej ostatecznej odpowiedzi.
    [many] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesięcy od naszej ostatecznej odpowiedzi.
   *[other] Zwykle należy zwrócić się do rzecznika w ciągu { $months } miesiąca od naszej ostatecznej odpowiedzi.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = Według podanej przez Państwa daty jest to termin do { $date }.
ombudsman-early = Rzecznik zwykle oczekuje, że najpierw sami zakończymy rozpatrywanie skargi. Jeśli nie odpowiemy Państwu w rozsądnym terminie, może zająć się sprawą wcześniej.
ombudsman-ready = Kontaktując się z rzecznikiem, proszę mieć pod ręką numer referencyjny ({ $reference }), nasze odpowiedzi oraz wszelkie listy, e-maile i dokumenty dotyczące skargi.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = Jeśli ich odpowiedź nie będzie zadowalająca, mogą Państwo zwrócić się o zbadanie sprawy do tej instytucji: { $body }.
regulator-cqc = Care Quality Commission (Komisja ds. Jakości Opieki)
regulator-ciw = Care Inspectorate Wales (Inspektorat Opieki w Walii)
regulator-care-inspectorate = Care Inspectorate (Inspektorat Opieki w Szkocji)
regulator-rqia = Regulation and Quality Improvement Authority (organ ds. regulacji i poprawy jakości)
regulator-tell-cqc = Mogą Państwo też powiadomić o skardze Care Quality Commission (Komisję ds. Jakości Opieki). Komisja kontroluje jakość usług opiekuńczych, ale nie rozpatruje indywidualnych skarg.
regulator-tell-ciw = Mogą Państwo też powiadomić o skardze Care Inspectorate Wales (Inspektorat Opieki w Walii). Inspektorat kontroluje jakość usług opiekuńczych, ale nie rozpatruje indywidualnych skarg.
regulator-tell-care-inspectorate = Mogą Państwo też powiadomić o skardze Care Inspectorate (Inspektorat Opieki w Szkocji). Inspektorat kontroluje usługi opiekuńcze i może rozpatrzyć skargę dotyczącą jednej z nich.
regulator-tell-rqia = Mogą Państwo też powiadomić o skardze Regulation and Quality Improvement Authority (RQIA, organ ds. regulacji i poprawy jakości). Organ ten kontroluje jakość usług opiekuńczych, ale nie rozpatruje indywidualnych skarg.

## Which procedure, and why

routing-reason-children = Skarga dotyczy opieki społecznej dla dzieci, dlatego będzie rozpatrywana zgodnie z procedurą skargową w zakresie opieki społecznej dla dzieci, określoną w przepisach prawa.
routing-reason-adults = Skarga dotyczy opieki społecznej dla dorosłych organizowanej przez urząd, dlatego będzie rozpatrywana zgodnie z procedurą skargową w zakresie opieki społecznej dla dorosłych, określoną w przepisach prawa.
routing-reason-adults-council-part = Skarga dotyczy roli urzędu w zapewnianiu Państwu opieki, dlatego będzie rozpatrywana zgodnie z procedurą skargową w zakresie opieki społecznej dla dorosłych, określoną w przepisach prawa.
routing-reason-adults-own-procedure = Skarga dotyczy opieki społecznej dla dorosłych organizowanej przez urząd. Urząd rozpatruje skargi dotyczące opieki społecznej dla dorosłych w ramach własnej procedury skargowej.
routing-reason-adults-council-part-own-procedure = Skarga dotyczy roli urzędu w zapewnianiu Państwu opieki. Urząd rozpatruje skargi dotyczące opieki społecznej dla dorosłych w ramach własnej procedury skargowej.
routing-reason-general = Skarga będzie rozpatrywana zgodnie z procedurą skargową urzędu.

## Exit this page

exit-button = Wyjdź z tej strony
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Sytuacja awaryjna
exit-hint = Można też 3 razy nacisnąć klawisz Shift. Odpowiedzi zostaną usunięte.
exit-shift-count = { $count ->
    [one] Shift: jeszcze { $count } naciśnięcie, aby wyjść.
    [few] Shift: jeszcze { $count } naciśnięcia, aby wyjść.
    [many] Shift: jeszcze { $count } naciśnięć, aby wyjść.
   *[other] Shift: jeszcze { $count } naciśnięcia, aby wyjść.
}

## Your answers (footer)

answers-heading = Odpowiedzi
answers-kept-tab = Odpowiedzi są przechowywane w tej karcie przeglądarki do czasu ich wysłania lub zamknięcia karty.
answers-kept-device = Odpowiedzi są zapisane na tym urządzeniu do czasu ich wysłania lub usunięcia.
answers-shared-warning = Prosimy zapisywać odpowiedzi na tym urządzeniu tylko wtedy, gdy nikt inny z niego nie korzysta: każdy, kto z niego korzysta, mógłby je przeczytać.
answers-keep-device = Zapisz odpowiedzi na tym urządzeniu
answers-keep-tab = Przechowuj odpowiedzi tylko w tej karcie
answers-clear = Usuń moje odpowiedzi
answers-clear-sure = Spowoduje to usunięcie wszystkiego, co nam Państwo dotąd przekazali. Czy na pewno?
answers-clear-yes = Tak, usuń moje odpowiedzi
answers-clear-no = Nie, zachowaj je
answers-cleared = Odpowiedzi zostały usunięte.
# Links in the footer to pages of the council's own site.
footer-privacy = Informacja o ochronie danych osobowych
footer-accessibility = Deklaracja dostępności
# The footer link to the council's complaints procedure.
footer-procedure = Procedura skargowa urzędu

## Calendar file

confirmation-calendar = Dodaj te daty do kalendarza (plik .ics)
ics-summary = { $what } (skarga nr { $reference })
ics-description = Skarga do { $council }, numer referencyjny { $reference }.

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = Język
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-pa = ਪੰਜਾਬੀ
language-name-ur = اردو
language-name-pt-PT = Português
language-name-es = Español
language-name-ar = العربية
language-name-bn = বাংলা
# Shown when a language could not be loaded; the page is then in English.
language-load-failed = Przepraszamy, nie udało się wczytać tego języka. Serwis jest wyświetlany po angielsku. Prosimy spróbować ponownie później.

other-ways-heading = Ten formularz internetowy wymaga JavaScriptu
other-ways-why = JavaScript jest wyłączony lub zablokowany w przeglądarce albo przeglądarka nie może uruchomić tego formularza.
other-ways-instead = Skargę, pochwałę lub uwagę mogą Państwo nadal przekazać w jeden z poniższych sposobów.
other-ways-back = Wróć do strony startowej

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Dziękujemy za skargę złożoną do urzędu { $council }. Otrzymaliśmy ją i zajmiemy się nią w terminach podanych poniżej. Prosimy zachować tę wiadomość.
acknowledgement-intro-feedback = Dziękujemy za wiadomość wysłaną do urzędu { $council }. Otrzymaliśmy ją.
acknowledgement-intro-follow-up = Otrzymaliśmy Państwa wniosek dotyczący skargi złożonej do urzędu { $council }.
acknowledgement-contact = Jeśli mają Państwo pytania, proszę skontaktować się z urzędem { $council }, podając numer referencyjny: { $reference }.
acknowledgement-why = Otrzymują Państwo tę wiadomość, ponieważ ten adres e-mail podano, gdy coś wysłano przez internetowy formularz skarg urzędu { $council }. Jeśli nie byli to Państwo, prosimy nas o tym poinformować.
