# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# Traducere PROVIZORIE, care așteaptă verificarea de către un traducător calificat. Nu o publicați fără această verificare.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Faceți o reclamație sau spuneți-ne părerea
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Salt la conținutul principal
loading = Se încarcă…
page-load-failed-title = Această pagină nu a putut fi încărcată
page-load-failed-body = Verificați conexiunea la internet, apoi încercați din nou. Răspunsurile date până acum nu s-au pierdut.
page-load-try-again = Încercați din nou

## Start page

start-heading = Faceți o reclamație sau transmiteți-vă părerea către { $council }
start-intro = Folosiți acest serviciu pentru a ne spune ce părere aveți despre unul dintre serviciile noastre, inclusiv serviciile sociale pentru copii și pentru adulți.
start-you-can = Puteți:
start-can-complain = face o reclamație
start-can-compliment = transmite o apreciere
start-can-comment = face un comentariu sau o sugestie
start-hear-from-you = Vrem să aflăm când lucrurile merg prost, dar și când le facem bine. Dacă ne spuneți, nu înseamnă că „faceți scandal”.
start-button = Începeți acum
start-talk-first-heading = Înainte de a începe
start-talk-first = Adesea ajută să vorbiți mai întâi cu persoana sau echipa cu care aveți de-a face: multe probleme pot fi rezolvate imediat. Puteți folosi acest serviciu și dacă nu ați făcut acest lucru sau dacă discuția nu a ajutat.
start-need-heading = De ce veți avea nevoie
start-need-what = ce s-a întâmplat și, aproximativ, când
start-need-service = la ce serviciu sau echipă se referă
start-need-outcome = ce doriți să facem pentru a îndrepta lucrurile
start-need-contact = datele dumneavoastră de contact, dacă doriți un răspuns
start-need-help = Puteți cere cuiva să vă ajute sau să facă acest lucru în locul dumneavoastră. Vă puteți lua tot timpul de care aveți nevoie pentru a completa acest formular, iar răspunsurile rămân pe acest dispozitiv până când le trimiteți.
start-risk-heading = Este cineva în pericol de a fi vătămat chiar acum?
start-risk-emergency = Dacă cineva este în pericol imediat, sunați la { $number }.
start-risk-adults = Vă îngrijorează situația unui adult
start-risk-children = Vă îngrijorează situația unui copil
start-risk-out-of-hours = În afara programului de lucru, sunați la echipa de permanență pentru urgențe
start-other-ways-heading = Alte modalități de contact

## Contact details

contact-phone = Telefon
contact-email = E-mail
contact-post = Scrieți-ne la
contact-in-person = Vizitați-ne
contact-website = Site web
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens }–{ $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } – { $to }
weekday-monday = luni
weekday-tuesday = marți
weekday-wednesday = miercuri
weekday-thursday = joi
weekday-friday = vineri
weekday-saturday = sâmbătă
weekday-sunday = duminică
opening-any-time = Oricând

## When the wizard cannot start

config-error-title = Ne pare rău, acest serviciu nu funcționează momentan
config-error-body = Puteți face în continuare o reclamație sau vă puteți spune părerea contactând consiliul prin telefon, e-mail sau poștă. Vă rugăm să încercați din nou mai târziu.
config-error-emergency = Dacă cineva este în pericol imediat, sunați la 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Ne pare rău, ceva nu a mers bine
crash-body = Răspunsurile dumneavoastră nu s-au pierdut. Copiați-le sau descărcați-le mai jos, apoi reîncărcați pagina ca să încercați din nou sau contactați-ne în alt mod.
crash-answers = Răspunsurile dumneavoastră de până acum
crash-download = Descărcați răspunsurile

## Shared by question pages

continue = Continuați
back = Înapoi
answer-yes = Da
answer-no = Nu
error-summary-title = Există o problemă
# Read out before each error message, hidden on screen.
error-prefix = Eroare:
# Put in front of the page title while the page shows errors.
page-title-error = Eroare: { $title }
character-count-remaining = { $count ->
    [one] Mai aveți { $count } caracter
    [few] Mai aveți { $count } caractere
   *[other] Mai aveți { $count } de caractere
}
character-count-over = { $count ->
    [one] Ați depășit limita cu { $count } caracter
    [few] Ați depășit limita cu { $count } caractere
   *[other] Ați depășit limita cu { $count } de caractere
}
date-day = Ziua
date-month = Luna
date-year = Anul
date-error-month = Introduceți luna, ca număr de la 1 la 12
date-error-year = Introduceți anul, cu 4 cifre, de exemplu 2025
date-error-real = Introduceți o dată validă, de exemplu 27 3 2025, sau doar luna și anul, de exemplu 3 2025
date-error-future = Data trebuie să fie azi sau în trecut

## What would you like to do?

kind-question = Ce doriți să faceți?
kind-complaint = Vreau să fac o reclamație
kind-complaint-hint = Ceva nu a mers bine sau aveți nemulțumiri legate de un serviciu, de o decizie sau de felul în care v-am tratat.
kind-compliment = Vreau să transmit o apreciere
kind-compliment-hint = Spuneți-ne despre ceva ce am făcut bine sau despre cineva care v-a ajutat.
kind-comment = Vreau să fac un comentariu sau o sugestie
kind-comment-hint = Spuneți-ne cum am putea face lucrurile mai bine.
kind-follow-up = Vreau să revin la o reclamație pe care am făcut-o deja
kind-follow-up-hint = Puteți cere etapa următoare, ne puteți reaminti de un răspuns care întârzie sau puteți afla când vă puteți adresa ombudsmanului.
kind-error = Selectați ce doriți să faceți

## Is anyone at risk?

safety-question = Este cineva în pericol sau riscă să fie vătămat?
safety-hint = Poate fi vorba de dumneavoastră, de un copil sau de un adult care are nevoie de îngrijire și sprijin.
safety-error = Selectați „Da” dacă cineva este în pericol sau riscă să fie vătămat
safety-advice-heading = Cereți ajutor acum
safety-advice-emergency = Dacă cineva este în pericol imediat, sunați acum la { $number }.
safety-advice-safeguarding = Dacă vă îngrijorează siguranța unui copil sau a unui adult care are nevoie de îngrijire și sprijin, sunați la echipele noastre de servicii sociale. Ele pot interveni imediat. O reclamație durează mai mult.
safety-advice-carry-on = Puteți face și o reclamație.
safety-advice-history = Butonul „Părăsiți această pagină” nu șterge istoricul browserului. Dacă altcineva ar putea verifica acest dispozitiv, ștergeți istoricul după ce terminați sau folosiți o fereastră de navigare privată.
safety-advice-continue = Continuați cu reclamația

## Who is it for?

who-question = Pentru cine este reclamația?
who-myself = Pentru mine
who-someone-else = Pentru altă persoană
who-someone-else-hint = De exemplu, o rudă, un prieten sau o persoană de care aveți grijă.
who-professional = Sunt reprezentant (advocate) sau profesionist și acționez în numele cuiva
who-professional-hint = De exemplu, un reprezentant (advocate), un asistent social de la altă organizație sau un avocat (solicitor).
who-error = Selectați pentru cine este reclamația
representation-heading = Despre persoana în numele căreia faceți reclamația
their-name-label = Numele complet al persoanei
their-name-error = Introduceți numele complet al persoanei în numele căreia faceți reclamația
their-name-too-long = Numele trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
relationship-label = Ce legătură aveți cu această persoană?
relationship-hint = De exemplu, „mama mea”, „vecinul meu” sau „sunt reprezentantul acestei persoane”.
relationship-error = Introduceți ce legătură aveți cu persoana
relationship-too-long = Legătura cu persoana trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
consent-question = Și-a dat persoana acordul ca dumneavoastră să faceți această reclamație în numele ei?
consent-hint = Avem nevoie de permisiunea persoanei pentru a comunica cu dumneavoastră despre reclamația sa și pentru a consulta evidențele care o privesc. Chiar și cu permisiunea persoanei, s-ar putea să nu vă putem spune tot ce aflăm sau facem.
consent-given = Da, și-a dat acordul
consent-child = Nu își poate da acordul, pentru că este copil
consent-lacks-capacity = Nu își poate da acordul, pentru că nu este în măsură să ia această decizie
consent-lacks-capacity-hint = De exemplu, din cauza demenței sau a unei boli grave.
consent-died = Nu își poate da acordul, pentru că a decedat
consent-not-yet = Încă nu
consent-error = Selectați dacă persoana și-a dat acordul să faceți această reclamație
consent-advice-heading = Vom avea nevoie de permisiunea persoanei
consent-advice-permission = Înainte de a analiza reclamația, vom avea nevoie de permisiunea persoanei pentru a comunica cu dumneavoastră. Vă vom contacta ca să vă explicăm cum își poate da acordul.
consent-advice-outcome = Chiar și cu permisiunea persoanei, s-ar putea să nu vă putem spune tot ce aflăm sau facem, pentru a-i proteja viața privată.
consent-advice-carry-on = Puteți continua și ne puteți spune acum despre reclamație.
consent-advice-continue = Continuați

## What is it about?

topic-question = La ce se referă reclamația dumneavoastră?
topic-children = Servicii sociale pentru copii
topic-children-hint = De exemplu, un asistent social pentru un copil sau o familie, plasamentul familial, adopția sau o casă de copii.
topic-adults = Servicii sociale pentru adulți
topic-adults-hint = De exemplu, ajutor la domiciliu, un cămin de îngrijire, o evaluare a nevoilor de îngrijire sau plăți directe (direct payments).
topic-other = Alt serviciu al consiliului
topic-other-hint = De exemplu, locuințe, colectarea gunoiului și reciclarea, drumuri, impozitul local (council tax) sau înscrierea la școală. Sunt incluse și serviciile pe care alte organizații le furnizează în numele nostru.
topic-child-protection = O decizie luată la o conferință de protecție a copilului (child protection conference)
topic-court = Ceva ce o instanță a decis sau urmează să decidă
topic-first-request = Solicitarea unui serviciu pentru prima dată
topic-first-request-hint = De exemplu, solicitarea unei evaluări a nevoilor de îngrijire sau semnalarea, pentru prima dată, a unui tomberon care nu a fost golit.
topic-error = Selectați la ce se referă reclamația
care-question = Cine organizează îngrijirea?
care-council = Consiliul o organizează
care-council-hint = Chiar dacă plătiți o parte din cost sau tot costul.
care-self-funded = O organizez și o plătesc eu sau familia mea
care-error = Selectați cine organizează îngrijirea
self-funded-heading = Dacă vă organizați și vă plătiți îngrijirea pe cont propriu
self-funded-provider = Adresați reclamația mai întâi furnizorului de îngrijire: agenția de îngrijire la domiciliu sau căminul de îngrijire.
self-funded-question = Reclamația dumneavoastră se referă la ceva ce a făcut consiliul?
self-funded-hint = De exemplu, o evaluare a nevoilor de îngrijire, o decizie privind plata îngrijirii sau informații pe care vi le-am dat.
self-funded-error = Selectați „Da” dacă reclamația se referă la ceva ce a făcut consiliul

## Where to go instead

signpost-conference-heading = Deciziile conferințelor de protecție a copilului au propria procedură
signpost-conference-body = Procedura de reclamații nu poate schimba o decizie luată la o conferință de protecție a copilului.
signpost-conference-next = Vorbiți cu președintele conferinței sau cu asistentul social despre contestarea deciziei. Puteți totuși să faceți o reclamație despre felul în care v-a tratat consiliul, de exemplu despre modul în care a fost condusă o ședință.
signpost-court-heading = Instanțele se ocupă de chestiunile judiciare
signpost-court-body = Procedura de reclamații nu poate analiza ceva ce o instanță a decis sau urmează să decidă.
signpost-court-next = Vorbiți cu avocatul dumneavoastră sau cu instanța. Puteți totuși să faceți o reclamație despre ceva ce a făcut consiliul și care nu face parte din procesul în instanță.
signpost-request-heading = Adresați-vă mai întâi serviciului
signpost-request-body = Când solicitați un serviciu pentru prima dată, este vorba de o cerere, nu de o reclamație.
signpost-request-next = Contactați serviciul și solicitați ce vă trebuie. Dacă nu vă ajută sau dacă răspunsul nu vă mulțumește, puteți face apoi o reclamație.
signpost-provider-heading = Adresați reclamația furnizorului de îngrijire
signpost-provider-body = Dacă vă organizați și vă plătiți îngrijirea pe cont propriu, adresați reclamația mai întâi furnizorului de îngrijire.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Adresați reclamația organismului de sănătate și asistență socială (Health and Social Care Trust) din zona dumneavoastră
signpost-trust-body = În Irlanda de Nord, serviciile sociale pentru copii și adulți sunt gestionate de organismele de sănătate și asistență socială (Health and Social Care Trusts), nu de consiliu. Adresați reclamația organismului (Trust) care vă oferă îngrijirea: acesta are propria procedură de reclamații.
signpost-change = Schimbați răspunsul
signpost-contact-heading = Dacă aveți nelămuriri, contactați-ne

## Talking to the service first

talked-question = Ați vorbit deja despre acest lucru cu serviciul respectiv?
talked-hint = De exemplu, cu persoana sau echipa cu care aveți de obicei de-a face ori cu șeful acestora.
talked-error = Selectați „Da” dacă ați vorbit deja cu serviciul respectiv
talk-first-heading = O discuție cu serviciul respectiv rezolvă adesea lucrurile rapid
talk-first-quick = { $procedure ->
    [children] Majoritatea problemelor legate de serviciile sociale pentru copii sunt rezolvate „pe loc” de persoana cu care aveți de-a face sau de șeful acesteia, în cel mult 10 zile lucrătoare.
    [adults] Dacă spuneți serviciului ce nu este în regulă, s-ar putea ca problema să fie rezolvată până în următoarea zi lucrătoare.
   *[other] Echipa noastră de reclamații va încerca mai întâi să rezolve reclamația rapid și informal, împreună cu serviciul respectiv. Aceasta se numește soluționare timpurie.
}
talk-first-carry-on = Nu este obligatoriu să vorbiți mai întâi cu serviciul. Puteți continua acum cu reclamația.
talk-first-continue = Continuați cu reclamația

## When did it happen?

when-heading = Când s-a întâmplat?
when-happened = Când s-a întâmplat sau când a început
when-happened-hint = De exemplu, 27 3 2025. Dacă nu știți ziua, introduceți doar luna și anul.
when-still-happening = Încă se întâmplă
when-found-out = Când ați aflat, dacă a fost mai târziu (opțional)
when-found-out-hint = De exemplu, 3 2025. Lăsați câmpul gol dacă ați aflat imediat.
when-error-missing = Introduceți când s-a întâmplat sau selectați că încă se întâmplă
when-error-found-out-before = Data la care ați aflat trebuie să fie aceeași cu data la care s-a întâmplat sau ulterioară acesteia
late-question = De ce faceți reclamația acum?
late-hint = { $months ->
    [one] De obicei, reclamațiile se fac în termen de { $months } lună de la data la care s-a întâmplat ceva sau de la data la care ați aflat. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
    [few] De obicei, reclamațiile se fac în termen de { $months } luni de la data la care s-a întâmplat ceva sau de la data la care ați aflat. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
   *[other] De obicei, reclamațiile se fac în termen de { $months } de luni de la data la care s-a întâmplat ceva sau de la data la care ați aflat. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] De obicei, reclamațiile se fac în termen de { $months } lună de la data la care s-a întâmplat ceva. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
    [few] De obicei, reclamațiile se fac în termen de { $months } luni de la data la care s-a întâmplat ceva. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
   *[other] De obicei, reclamațiile se fac în termen de { $months } de luni de la data la care s-a întâmplat ceva. Putem totuși să analizăm reclamația dacă există un motiv întemeiat pentru care nu a fost făcută mai devreme, de exemplu o boală sau faptul că nu știați că puteți face reclamație, și dacă este încă posibil să o analizăm în mod echitabil și corespunzător.
}
late-error = Spuneți-ne de ce faceți reclamația acum
late-too-long = Răspunsul trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}

## Your complaint or message

service-question = La ce serviciu sau echipă se referă?
service-hint = De exemplu, asistența socială pentru copii, îngrijirea la domiciliu sau reparațiile la locuințe. Dacă nu știți exact, spuneți-ne ce puteți.
service-error = Introduceți serviciul sau echipa la care se referă
service-too-long = Denumirea serviciului trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
message-question = Ce doriți să ne spuneți?
message-hint = Dacă este vorba despre o persoană, includeți numele acesteia, dacă îl știți.
message-error = Introduceți ce doriți să ne spuneți
message-too-long = Mesajul trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
what-happened-question = Ce s-a întâmplat?
what-happened-hint = Spuneți-ne ce nu a mers bine, când și cine a fost implicat. Includeți orice credeți că ne va ajuta să înțelegem.
what-happened-error = Introduceți ce s-a întâmplat
what-happened-too-long = Descrierea a ceea ce s-a întâmplat trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
put-right-question = Ce doriți să facem pentru a îndrepta lucrurile?
put-right-hint = De exemplu, scuze, reanalizarea unei decizii sau o schimbare a unui serviciu.
put-right-error = Introduceți ce doriți să facem pentru a îndrepta lucrurile
put-right-too-long = Răspunsul trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Adăugați scrisori, fotografii sau documente
evidence-hint = Nu este obligatoriu să adăugați ceva. Dacă aveți ceva care arată ce s-a întâmplat, cum ar fi o scrisoare, un plan de îngrijire, o factură sau o fotografie, îl puteți adăuga aici.
evidence-rules = Puteți adăuga cel mult { $files ->
    [one] { $files } fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}. Fiecare fișier trebuie să fie mai mic de { $each }, iar toate împreună, mai mici de { $total }.
evidence-kinds = Tipuri de fișiere pe care le puteți adăuga: { $kinds }
evidence-photos = Înainte ca o fotografie JPEG să plece de pe dispozitivul dumneavoastră, eliminăm din ea informațiile despre locul unde a fost făcută și alte detalii ascunse. Imaginea în sine nu se schimbă. Celelalte fișiere, inclusiv alte tipuri de fotografii, sunt trimise așa cum sunt.
evidence-choose = Alegeți fișiere
evidence-drop = sau trageți fișierele aici
evidence-added-heading = Fișiere adăugate
evidence-remove = Eliminați
evidence-adding = Se adaugă { $name }…
evidence-added = S-a adăugat { $name }
evidence-removed = S-a eliminat { $name }
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (format vechi)
evidence-kind-text = text
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } este gol
attachment-error-too-big = { $name } trebuie să fie mai mic de { $limit }
attachment-error-type = { $name } nu este un tip de fișier pe care îl puteți adăuga. Trebuie să fie: { $kinds }
attachment-error-too-many = { $name } nu a fost adăugat: puteți adăuga cel mult { $limit ->
    [one] { $limit } fișier
    [few] { $limit } fișiere
   *[other] { $limit } de fișiere
}
attachment-error-total = { $name } nu a fost adăugat: toate fișierele împreună trebuie să fie mai mici de { $limit }
attachment-error-duplicate = { $name } a fost deja adăugat
attachment-error-photo = { $name } nu a putut fi citit ca fotografie. Salvați-l din nou sau alegeți alt fișier
attachment-error-unreadable = { $name } nu a putut fi citit. Alegeți-l din nou
attachment-error-lost = { $name } nu mai este pe acest dispozitiv. Adăugați-l din nou sau eliminați-l

## How you would like it handled

handling-question = Cum doriți să ne ocupăm de reclamația dumneavoastră?
handling-hint = Vom discuta acest lucru cu dumneavoastră și vom stabili împreună.
handling-error = Selectați cum doriți să ne ocupăm de reclamație
resolution-on-the-spot = Rezolvarea pe loc, cu persoana cu care am de-a face
resolution-local = Analizarea rapidă de către un manager
resolution-next-working-day = Rezolvarea problemei până în următoarea zi lucrătoare
resolution-early = Mai întâi, o încercare de rezolvare rapidă și informală
resolution-meeting = O discuție în cadrul unei întâlniri
resolution-formal-investigation = O investigație formală, cu un răspuns scris
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = Dacă problema este rezolvată în mod satisfăcător pentru dumneavoastră până la sfârșitul următoarei zile lucrătoare, aceasta nu este înregistrată ca reclamație și nu veți putea ridica ulterior aceeași problemă prin procedura de reclamații.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = Pentru situații grave. Vă vom comunica dacă suntem de acord să începem cu o investigație formală. Dacă nu suntem de acord, problema va fi analizată mai întâi în prima etapă.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = Nu vom încerca mai întâi să rezolvăm problema informal: reclamația dumneavoastră trece direct la o investigație în Etapa 1.
meeting-question = Doriți să ne întâlnim ca să discutăm despre reclamația dumneavoastră?
meeting-hint = Întâlnirea poate avea loc față în față, la telefon sau prin apel video.
meeting-error = Selectați „Da” dacă doriți să ne întâlnim

## Your records

records-question = Putem consulta evidențele pe care le avem despre acest caz?
records-hint = Pentru a analiza corect reclamația, trebuie să consultăm evidențele pe care le avem despre dumneavoastră sau despre persoana în numele căreia faceți reclamația. Le vor vedea doar persoanele care analizează reclamația. Dacă trebuie să discutăm cu NHS (serviciul public de sănătate) sau cu organizații care furnizează servicii în numele nostru, cum ar fi căminele de îngrijire, vă vom cere permisiunea înainte de a le transmite informațiile dumneavoastră.
records-error = Selectați „Da” dacă putem consulta evidențele

## Confidentiality

confidentiality-heading = Păstrarea confidențialității
confidentiality-who = Reclamația o vor vedea doar persoanele care trebuie să știe: cele care o analizează și cele care pot îndrepta lucrurile.
confidentiality-limit = Dacă ne spuneți despre o infracțiune sau despre un risc pentru siguranța unui copil sau a unui adult care are nevoie de îngrijire și sprijin, nu putem păstra secretul. Vom ajuta ca persoanele potrivite să fie informate și să se ia măsurile potrivite.
confidential-question = Există ceva ce doriți să păstrăm confidențial?
confidential-hint = Vom încerca să vă respectăm dorințele, dar acest lucru ne-ar putea îngreuna să aflăm ce s-a întâmplat și să îndreptăm lucrurile.
confidential-error = Selectați „Da” dacă există ceva ce doriți să păstrăm confidențial
confidential-detail-label = Ce doriți să păstrăm confidențial? (opțional)
confidential-detail-too-long = Răspunsul trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}

## Support

support-heading = Ajutor și sprijin
support-question = Aveți nevoie de oricare dintre acestea pentru a participa la soluționarea reclamației?
support-hint = Selectați toate variantele potrivite.
support-interpreter = Un interpret
support-bsl = Un interpret de limba semnelor britanică (BSL)
support-braille = Scrisori în Braille
support-large-print = Scrisori cu litere mari
support-easy-read = Documente în format ușor de citit (easy read)
support-audio = Înregistrări audio
support-advocacy = Ajutor de la un reprezentant (advocate) sau de la o organizație de sprijin
interpreter-language-label = Ce limbă?
interpreter-language-error = Introduceți limba pentru care aveți nevoie de interpret
advocacy-intro = Aceste organizații vă pot ajuta să vă faceți auzită vocea. Sunt independente de consiliu. Le puteți contacta direct sau vă putem pune noi în legătură cu ele.
reply-language-label = În ce limbă doriți să vă scriem? (opțional)
reply-language-hint = Lăsați câmpul gol ca să primiți răspunsurile în limba pe care o folosiți acum.
helper-label = Vă ajută cineva cu reclamația? (opțional)
helper-hint = Spuneți-ne numele persoanei, ca să știm cine este dacă ne contactează.
contact-too-long = Textul trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}

## Contact details

contact-heading = Datele dumneavoastră de contact
contact-heading-optional = Dacă doriți un răspuns
contact-optional-intro = Nu este obligatoriu să vă dați numele sau datele de contact. Fără ele nu vă putem răspunde.
full-name-label = Numele complet
full-name-label-optional = Numele complet (opțional)
full-name-error = Introduceți numele complet
contact-method-question = Cum doriți să vă contactăm?
contact-method-hint = Selectați toate variantele potrivite.
contact-method-hint-optional = Selectați toate variantele potrivite sau nu selectați niciuna dacă nu doriți un răspuns.
contact-method-error = Selectați cel puțin o modalitate prin care vă putem contacta
contact-by-email = E-mail
contact-by-phone = Telefon
contact-by-post = Poștă
email-label = Adresa de e-mail
email-error-empty = Introduceți adresa de e-mail
email-error-format = Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com
phone-label = Numărul de telefon
phone-hint = Pentru numerele internaționale, includeți prefixul țării.
phone-error-empty = Introduceți numărul de telefon
phone-error-format = Introduceți un număr de telefon, de exemplu 01632 960 001, 07700 900 982 sau +44 808 157 0192
best-time-label = Când este cel mai bine să vă sunăm? (opțional)
best-time-hint = De exemplu, dimineața, în zilele lucrătoare.
address-line1-label = Adresa, rândul 1
address-line1-error = Introduceți primul rând al adresei
address-line2-label = Adresa, rândul 2 (opțional)
address-town-label = Orașul sau localitatea
address-town-error = Introduceți orașul sau localitatea
postcode-label = Codul poștal
postcode-error-empty = Introduceți codul poștal
postcode-error-format = Introduceți un cod poștal valid, de exemplu S70 2TA

## Check your answers

check-heading = Verificați răspunsurile înainte de a le trimite
check-change = Schimbați
check-found-out = Data la care ați aflat: { $date }
check-meeting-yes = Doresc o întâlnire
check-meeting-no = Nu am nevoie de o întâlnire
check-interpreter = Interpret: { $language }
check-reply-language = Limba răspunsului: { $language }
check-helper = Mă ajută: { $name }
check-no-support = Nu am nevoie de sprijin
check-no-evidence = Nu am adăugat fișiere
check-no-reply = Nu doresc un răspuns
check-reply-by = Răspuns prin: { $ways }
check-send-heading-complaint = Acum trimiteți reclamația
check-send-heading-feedback = Acum trimiteți mesajul
check-send-body = Prin trimitere, confirmați că informațiile pe care ni le-ați dat sunt adevărate, după cunoștința dumneavoastră.
check-send-complaint = Trimiteți reclamația
check-send-feedback = Trimiteți
check-send-heading-follow-up = Acum trimiteți cererea
check-send-follow-up = Trimiteți cererea
check-earlier-reference = Numărul de referință: { $reference }
check-complained = Data reclamației: { $date }
check-sending = Se trimite…
# While the person's files are sent, before their answers.
check-sending-file = Se trimite fișierul { $number } din { $count }…
check-send-failed = Încă nu s-a trimis
check-send-kept = Răspunsurile dumneavoastră sunt încă aici: nu s-a pierdut nimic.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = Nu am putut accesa sistemul consiliului. Verificați conexiunea la internet.
send-problem-timed-out = Sistemul consiliului a avut nevoie de prea mult timp ca să răspundă.
send-problem-server = Sistemul consiliului a avut o problemă.
send-problem-busy = Sistemul consiliului este ocupat momentan.
send-problem-rejected = Sistemul consiliului nu a putut accepta datele, iar o nouă încercare nu va ajuta. Descărcați o copie a răspunsurilor sau trimiteți-le în schimb prin e-mail.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] Încercăm din nou peste { $seconds } secundă.
    [few] Încercăm din nou peste { $seconds } secunde.
   *[other] Încercăm din nou peste { $seconds } de secunde.
}
send-offline = Nu aveți conexiune la internet. Datele vor fi trimise imediat ce conexiunea revine: lăsați această pagină deschisă.
send-try-again = Încercați din nou
send-download-copy = Descărcați o copie a răspunsurilor
send-by-email = Trimiteți în schimb prin e-mail
# Shown when the council takes submissions by email only.
send-email-explain = Se va deschide programul dumneavoastră de e-mail, cu un mesaj adresat nouă în care sunt scrise răspunsurile. Datele ne parvin atunci când trimiteți acel e-mail.
send-email-open = Deschideți un e-mail cu răspunsurile
send-email-too-long = Răspunsurile sunt prea lungi pentru a încăpea într-un singur link de e-mail, așa că e-mailul va conține doar începutul lor. Descărcați o copie a răspunsurilor și atașați-o la e-mail.
send-email-rest-attached = [Răspunsurile mele sunt prea lungi pentru un singur link de e-mail: restul se află în copia pe care am atașat-o.]
send-email-attach = Nu putem adăuga noi fișierele dumneavoastră în e-mail. Atașați-le la e-mail înainte de a-l trimite:
send-email-kept = Răspunsurile rămân aici până când ne spuneți că e-mailul a fost trimis.
send-email-done = Am trimis e-mailul

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Reclamație nr. { $reference }
copy-subject-compliment = Apreciere nr. { $reference }
copy-subject-comment = Comentariu sau sugestie nr. { $reference }
copy-subject-follow-up = Revenire la o reclamație – nr. { $reference }
copy-reference = Numărul de referință: { $reference }
copy-sent = Trimis: { $time } (ora Regatului Unit)
copy-english-heading = În engleză, pentru personalul consiliului:
copy-id = ID-ul trimiterii: { $id }

## Confirmation

confirmation-heading-complaint = Reclamația a fost trimisă
confirmation-heading-feedback = Mesajul a fost trimis
confirmation-heading-follow-up = Cererea a fost trimisă
# $stage is the name of the stage asked for.
confirmation-follow-up-next = Ați cerut „{ $stage }”. Aceste date se calculează de azi.
confirmation-follow-up-chase = Am primit reamintirea dumneavoastră. Vă vom spune de ce întârzie răspunsul nostru și când îl veți primi.
confirmation-reference = Numărul de referință
# Shown when the answers went by the person's email program.
confirmation-by-email = Datele ne parvin atunci când ajunge e-mailul dumneavoastră. Dacă e-mailul nu a fost trimis, scrieți la { $email } și menționați numărul de referință, { $reference }.
confirmation-not-sent = Aceasta este o versiune de test a serviciului. Ce ați trimis a fost păstrat de un receptor de test pe acest computer și nu a ajuns la { $council }.
confirmation-next-heading = Ce urmează
confirmation-feedback-next = Vom transmite mesajul dumneavoastră serviciului respectiv. Dacă ați cerut un răspuns, vă vom contacta.
confirmation-copy-heading = O copie a răspunsurilor dumneavoastră
confirmation-print = Tipăriți această pagină
confirmation-start-again = Faceți o altă reclamație sau transmiteți-ne o altă părere

## Following up a complaint already made

earlier-heading = Despre reclamația dumneavoastră
earlier-reference = Numărul de referință (opțional)
earlier-reference-hint = Îl găsiți în e-mailul sau în scrisoarea pe care ați primit-o când ați făcut reclamația, de exemplu RDX-7K3P-Q9MA. Puteți lăsa câmpul gol.
earlier-reference-too-long = Numărul de referință trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
earlier-complained = Când ați făcut reclamația?
earlier-complained-hint = De exemplu, 20 11 2026. Dacă nu știți ziua, introduceți doar luna și anul.
earlier-complained-error = Introduceți când ați făcut reclamația sau doar luna și anul
standing-question = Unde a ajuns acum reclamația dumneavoastră?
standing-waiting = Aștept răspunsul dumneavoastră
standing-answered = Am primit răspunsul dumneavoastră
standing-extended = Mi-ați spus că aveți nevoie de mai mult timp și mi-ați dat o dată nouă
standing-error = Selectați unde a ajuns acum reclamația dumneavoastră
earlier-stage-question-waiting = În ce etapă este reclamația dumneavoastră?
earlier-stage-question-answered = Pentru ce etapă a fost răspunsul nostru?
earlier-stage-hint = Scrisorile și e-mailurile noastre către dumneavoastră spun despre ce etapă este vorba.
earlier-stage-error = Selectați etapa
stage-date-answered = Când ați primit răspunsul nostru?
stage-date-asked = Când ați cerut această etapă?
stage-date-hint = De exemplu, 20 11 2026. Dacă nu știți ziua, introduceți doar luna și anul.
stage-date-error = Introduceți data sau doar luna și anul
stage-date-error-before = Data trebuie să fie aceeași cu ziua în care ați făcut reclamația sau ulterioară acesteia
extended-to-question = Ce dată nouă v-am dat?
extended-to-hint = De exemplu, 29 1 2027.
extended-to-error = Introduceți data nouă, inclusiv ziua
extended-to-error-real = Introduceți o dată validă, de exemplu 29 1 2027
extended-to-error-before = Data nouă trebuie să fie după ziua în care ați cerut această etapă
follow-up-answer-heading = Reclamația dumneavoastră: ce puteți face acum
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = Nu putem calcula datele din răspunsurile dumneavoastră. Verificați datele pe care ni le-ați dat.
follow-up-error-complained-after = Ziua în care ați făcut reclamația este după ziua pe care ați indicat-o pentru această etapă. Verificați ambele date.
follow-up-error-extended-before = Data nouă pe care v-am dat-o este înainte de ziua în care ați cerut această etapă. Verificați ambele date.
follow-up-check-dates = Verificați datele
follow-up-late-heading = Răspunsul nostru întârzie
follow-up-late = Ar fi trebuit să vă trimitem răspunsul nostru cel târziu pe { $date }.
follow-up-late-what = Ne puteți trimite mai jos o reamintire. Vă vom spune de ce întârzie răspunsul nostru și când îl veți primi.
follow-up-due-heading = Când trebuie să primiți răspunsul nostru
follow-up-due = Trebuie să vă trimitem răspunsul nostru cel târziu pe { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = Răspunsul nostru trebuie să sosească între { $earliest } și { $latest }, în funcție de ziua în care ați făcut cererea. Dacă nu a sosit până atunci, întârzie.
follow-up-due-extended = Aceasta este data nouă pe care v-am dat-o.
follow-up-due-allowed = Dacă avem nevoie de mai mult timp, procedura noastră ne permite să răspundem cel târziu pe { $date }, iar noi vă vom spune de ce.
follow-up-due-beyond-allowed = Aceasta este mai târziu decât permite procedura noastră: cel târziu pe { $date }. Ne puteți întreba de ce.
follow-up-due-wait = Dacă nu a sosit până atunci, reveniți aici ca să ne trimiteți o reamintire.
# $stage is the next stage's name.
follow-up-next-heading = Cererea pentru „{ $stage }”
follow-up-next-council-decides = Noi decidem dacă această etapă are loc. Dacă nu are loc, vă vom scrie ca să vă explicăm de ce.
follow-up-ask-by = Faceți cererea cel târziu pe { $date }.
follow-up-ask-by-depends = Ultima zi în care puteți face cererea este între { $earliest } și { $latest }, în funcție de ziua în care ați primit răspunsul nostru. Faceți cererea cât mai curând.
follow-up-ask-by-passed = Ultima zi în care puteați face cererea a fost { $date }. Puteți face totuși cererea: spuneți-ne de ce o faceți acum. Noi decidem dacă acceptăm o cerere întârziată, iar dacă nu o acceptăm, ombudsmanul poate totuși să analizeze reclamația dumneavoastră.
follow-up-ask-by-none = Nu există o ultimă zi pentru cerere, dar e bine să o faceți curând, cât lucrurile sunt încă proaspete în minte.
follow-up-if-asked-today = Dacă faceți cererea azi:
follow-up-ombudsman-heading = Cum vă adresați ombudsmanului
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = Puteți cere chiar acum ca { $ombudsman } să analizeze reclamația dumneavoastră. Serviciul este gratuit și independent, iar ombudsmanul nu ține partea nimănui.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = Aceasta înseamnă cel târziu pe { $date } și mai devreme dacă ați aflat de problemă înainte să faceți reclamația.
follow-up-ombudsman-by = Aceasta înseamnă cel târziu pe { $date }.
follow-up-ombudsman-passed = Ziua aceasta a trecut. Ombudsmanul poate totuși să analizeze reclamația dumneavoastră dacă există un motiv întemeiat pentru care nu v-ați putut adresa lui mai devreme: spuneți-i care este motivul.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = De obicei, { $ombudsman } analizează o reclamație după ce noi am terminat de soluționat-o: după „{ $stage }”.
follow-up-request-question = Ce doriți să faceți?
follow-up-request-next = Vreau să cer etapa următoare
follow-up-request-chase = Vreau să vă trimit o reamintire
follow-up-request-chase-hint = Întrebați de ce întârzie răspunsul nostru și când îl veți primi.
follow-up-request-error = Selectați ce doriți să faceți
unresolved-question = Ce anume încă nu vă mulțumește?
unresolved-hint = Spuneți-ne cu ce nu sunteți de acord în răspunsul nostru, ce nu a fost încă îndreptat și ce ați dori să se întâmple. Dacă faceți cererea după ultima zi, spuneți-ne de ce.
unresolved-error = Introduceți ce anume încă nu vă mulțumește
unresolved-too-long = Descrierea a ceea ce încă nu vă mulțumește trebuie să aibă cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}

## What happens next: dates

timeline-due = { $what } – termen: { $due }
timeline-due-extendable = { $what } – termen: { $due } sau, dacă este nevoie de mai mult timp, cel târziu { $latest }
timeline-waiting = { $what } – vă vom comunica data
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = Nu există o dată stabilită pentru aceasta: vă vom contacta.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = Ne-ați cerut să începem cu „{ $stage }”. Vă vom comunica dacă suntem de acord. Dacă nu suntem de acord, reclamația dumneavoastră începe cu „{ $otherwise }”.
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Numai dacă nu suntem de acord să începem cu „{ $stage }”.

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Procedura de reclamații privind serviciile sociale pentru adulți
procedure-children-statutory-england = Procedura de reclamații privind serviciile sociale pentru copii
procedure-general-barnsley = Procedura de reclamații a consiliului
procedure-general-council-000 = Procedura de reclamații a consiliului
procedure-lgsco-complaint-handling-code = Procedura de reclamații a consiliului
procedure-northern-ireland-nipso-model = Procedura de reclamații a consiliului
procedure-scotland-spso = Procedura de soluționare a reclamațiilor
procedure-wales-psow-model = Procedura de reclamații a consiliului
procedure-wales-social-services = Procedura de reclamații privind serviciile sociale
stage-adult-complaint = Reclamația dumneavoastră
stage-early-resolution = Soluționare timpurie
stage-formal-investigation = Etapa 2: investigație formală
stage-informal-resolution = Etapa 1: soluționare informală
stage-frontline-response = Etapa 1: răspuns rapid
stage-independent-investigation = Etapa 2: investigație independentă
stage-investigation = Etapa 1: investigație
stage-local-resolution = Etapa 1: analiza de către un manager
stage-next-working-day = Rezolvarea până în următoarea zi lucrătoare
stage-on-the-spot = Rezolvarea pe loc
stage-review = Etapa 2: reanalizare
stage-review-panel = Etapa 3: comisie independentă de reanalizare
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = O persoană din afara echipei analizează reclamația și scrie un raport. Apoi, un manager de nivel superior vă trimite răspunsul nostru.
stage-review-panel-about = Trei persoane independente analizează întreaga situație și se întâlnesc cu dumneavoastră ca să asculte ce aveți de spus. Ele decid dacă investigația a fost corectă, dacă concluziile ei au fost rezonabile și dacă se mai poate face ceva.
stage-review-about = Dacă răspunsul nostru din Etapa 1 nu vă mulțumește, echipa noastră lucrează împreună cu dumneavoastră la aspectele despre care considerați că au rămas încă fără răspuns. O reanalizare nu este o nouă investigație. Un director de nivel superior decide dacă va avea loc o reanalizare; dacă nu, vă scriem ca să vă explicăm de ce.
stage-stage1 = Etapa 1
stage-stage2 = Etapa 2
stage-stage2-investigation = Etapa 2: investigație
stage-talk-to-the-service = Discuția cu serviciul respectiv
milestone-acknowledgement = Vă confirmăm primirea reclamației și vă propunem o întâlnire
milestone-completion = Încheiem analiza reclamației
milestone-early-resolution = Ne propunem să rezolvăm problema
milestone-next-working-day-resolution = Ne propunem să îndreptăm lucrurile
milestone-stage1-acknowledgement = Vă confirmăm primirea reclamației
milestone-stage1-contact = Echipa noastră vă contactează
milestone-stage1-discussion = Discutăm cu dumneavoastră cum poate fi rezolvată
milestone-stage1-response = Vă trimitem răspunsul nostru
milestone-stage2-acknowledgement = Vă confirmăm primirea cererii pentru Etapa 2
milestone-stage2-response = Vă trimitem raportul investigației și răspunsul nostru
milestone-stage2-review = Încheiem reanalizarea
milestone-stage3-panel-meeting = Comisia de reanalizare se întrunește
milestone-stage3-panel-report = Comisia de reanalizare își trimite raportul
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = { $count ->
    [one] Puteți cere trecerea la Etapa 2 în cel mult { $count } zi lucrătoare de la răspunsul nostru din Etapa 1.
    [few] Puteți cere trecerea la Etapa 2 în cel mult { $count } zile lucrătoare de la răspunsul nostru din Etapa 1.
   *[other] Puteți cere trecerea la Etapa 2 în cel mult { $count } de zile lucrătoare de la răspunsul nostru din Etapa 1.
}
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = { $count ->
    [one] Puteți cere o comisie de reanalizare în cel mult { $count } zi lucrătoare de la răspunsul nostru din Etapa 2.
    [few] Puteți cere o comisie de reanalizare în cel mult { $count } zile lucrătoare de la răspunsul nostru din Etapa 2.
   *[other] Puteți cere o comisie de reanalizare în cel mult { $count } de zile lucrătoare de la răspunsul nostru din Etapa 2.
}
milestone-stage3-response = Răspundem la raportul comisiei
ombudsman-lgsco = Local Government and Social Care Ombudsman (Ombudsmanul pentru administrația locală și asistența socială)
ombudsman-psow = Public Services Ombudsman for Wales (Ombudsmanul pentru serviciile publice din Țara Galilor)
ombudsman-spso = Scottish Public Services Ombudsman (Ombudsmanul pentru serviciile publice din Scoția)
ombudsman-nipso = Northern Ireland Public Services Ombudsman (Ombudsmanul pentru serviciile publice din Irlanda de Nord)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = Dacă încă aveți nemulțumiri
# $ombudsman is the Ombudsman's name.
ombudsman-intro = Puteți cere ca { $ombudsman } să analizeze reclamația dumneavoastră. Serviciul este gratuit și independent, iar ombudsmanul nu ține partea nimănui.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } lună de la momentul în care ați aflat prima dată de problemă, nu în termen de { $months } lună de la răspunsul nostru.
    [few] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } luni de la momentul în care ați aflat prima dată de problemă, nu în termen de { $months } luni de la răspunsul nostru.
   *[other] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } de luni de la momentul în care ați aflat prima dată de problemă, nu în termen de { $months } de luni de la răspunsul nostru.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } lună de la răspunsul nostru final.
    [few] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } luni de la răspunsul nostru final.
   *[other] De obicei, ar trebui să vă adresați ombudsmanului în termen de { $months } de luni de la răspunsul nostru final.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = Conform datei pe care ne-ați indicat-o, aceasta înseamnă cel târziu pe { $date }.
ombudsman-early = De obicei, ombudsmanul se așteaptă ca noi să terminăm mai întâi de soluționat reclamația. Dacă nu v-am răspuns într-un termen rezonabil, o poate analiza mai devreme.
ombudsman-ready = Când contactați ombudsmanul, pregătiți numărul de referință, { $reference }, răspunsurile noastre și orice scrisori, e-mailuri sau documente legate de reclamație.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = Dacă răspunsul lor nu vă mulțumește, puteți cere ca { $body } să analizeze cazul.
regulator-cqc = Care Quality Commission (Comisia pentru Calitatea Îngrijirii)
regulator-ciw = Care Inspectorate Wales (Inspectoratul pentru Îngrijire din Țara Galilor)
regulator-care-inspectorate = Care Inspectorate (Inspectoratul pentru Îngrijire din Scoția)
regulator-rqia = Regulation and Quality Improvement Authority (Autoritatea pentru Reglementare și Îmbunătățirea Calității)
regulator-tell-cqc = Puteți informa și Care Quality Commission (Comisia pentru Calitatea Îngrijirii) despre reclamația dumneavoastră. Comisia verifică calitatea serviciilor de îngrijire, dar nu analizează reclamațiile individuale.
regulator-tell-ciw = Puteți informa și Care Inspectorate Wales (Inspectoratul pentru Îngrijire din Țara Galilor) despre reclamația dumneavoastră. Inspectoratul verifică calitatea serviciilor de îngrijire, dar nu analizează reclamațiile individuale.
regulator-tell-care-inspectorate = Puteți informa și Care Inspectorate (Inspectoratul pentru Îngrijire din Scoția) despre reclamația dumneavoastră. Inspectoratul verifică serviciile de îngrijire și poate analiza o reclamație privind unul dintre ele.
regulator-tell-rqia = Puteți informa și Regulation and Quality Improvement Authority (RQIA – Autoritatea pentru Reglementare și Îmbunătățirea Calității) despre reclamația dumneavoastră. Autoritatea verifică calitatea serviciilor de îngrijire, dar nu analizează reclamațiile individuale.

## Which procedure, and why

routing-reason-children = Reclamația dumneavoastră se referă la serviciile sociale pentru copii, așa că va urma procedura de reclamații privind serviciile sociale pentru copii, stabilită prin lege.
routing-reason-adults = Reclamația dumneavoastră se referă la servicii sociale pentru adulți organizate de consiliu, așa că va urma procedura de reclamații privind serviciile sociale pentru adulți, stabilită prin lege.
routing-reason-adults-council-part = Reclamația dumneavoastră se referă la rolul consiliului în îngrijirea dumneavoastră, așa că va urma procedura de reclamații privind serviciile sociale pentru adulți, stabilită prin lege.
routing-reason-adults-own-procedure = Reclamația dumneavoastră se referă la servicii sociale pentru adulți organizate de consiliu. Consiliul soluționează reclamațiile privind serviciile sociale pentru adulți prin propria procedură de reclamații.
routing-reason-adults-council-part-own-procedure = Reclamația dumneavoastră se referă la rolul consiliului în îngrijirea dumneavoastră. Consiliul soluționează reclamațiile privind serviciile sociale pentru adulți prin propria procedură de reclamații.
routing-reason-general = Reclamația dumneavoastră va urma procedura de reclamații a consiliului.

## Exit this page

exit-button = Părăsiți această pagină
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Urgență
exit-hint = Sau apăsați de 3 ori tasta Shift. Răspunsurile vor fi șterse.
exit-shift-count = { $count ->
    [one] Shift: apăsați încă { $count } dată pentru a ieși.
    [few] Shift: apăsați încă de { $count } ori pentru a ieși.
   *[other] Shift: apăsați încă de { $count } de ori pentru a ieși.
}

## Your answers (footer)

answers-heading = Răspunsurile dumneavoastră
answers-kept-tab = Răspunsurile sunt păstrate în această filă a browserului până când le trimiteți sau închideți fila.
answers-kept-device = Răspunsurile sunt salvate pe acest dispozitiv până când le trimiteți sau le ștergeți.
answers-shared-warning = Salvați răspunsurile pe acest dispozitiv doar dacă nu îl mai folosește nimeni altcineva: oricine îl folosește le-ar putea citi.
answers-keep-device = Salvați răspunsurile pe acest dispozitiv
answers-keep-tab = Păstrați răspunsurile doar în această filă
answers-clear = Ștergeți răspunsurile
answers-clear-sure = Astfel se șterge tot ce ne-ați spus până acum. Sigur doriți acest lucru?
answers-clear-yes = Da, ștergeți răspunsurile
answers-clear-no = Nu, păstrați-le
answers-cleared = Răspunsurile dumneavoastră au fost șterse.
# Links in the footer to pages of the council's own site.
footer-privacy = Informare privind protecția datelor personale
footer-accessibility = Declarație privind accesibilitatea
# The footer link to the council's complaints procedure.
footer-procedure = Procedura de reclamații a consiliului

## Calendar file

confirmation-calendar = Adăugați aceste date în calendar (fișier .ics)
ics-summary = { $what } (reclamația nr. { $reference })
ics-description = Reclamația dumneavoastră către { $council }, numărul de referință { $reference }.

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = Limba
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
language-load-failed = Ne pare rău, nu am putut încărca această limbă. Serviciul este afișat în schimb în engleză. Încercați din nou mai târziu.

other-ways-heading = Acest formular online are nevoie de JavaScript
other-ways-why = JavaScript este dezactivat sau blocat în browserul dumneavoastră ori browserul nu poate rula acest formular.
other-ways-instead = Puteți face în continuare o reclamație, o laudă sau un comentariu într-unul dintre aceste moduri.
other-ways-back = Înapoi la pagina de start

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Vă mulțumim pentru reclamația trimisă către { $council }. Am primit-o și ne vom ocupa de ea până la datele de mai jos. Vă rugăm să păstrați acest e-mail.
acknowledgement-intro-feedback = Vă mulțumim pentru mesajul trimis către { $council }. L-am primit.
acknowledgement-intro-follow-up = Am primit cererea dumneavoastră privind reclamația trimisă către { $council }.
acknowledgement-contact = Dacă aveți întrebări, contactați { $council } și menționați numărul de referință, { $reference }.
acknowledgement-why = Primiți acest e-mail deoarece această adresă a fost indicată când s-a trimis ceva către { $council } prin formularul online de reclamații. Dacă nu ați fost dumneavoastră, vă rugăm să ne anunțați.
