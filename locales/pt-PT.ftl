# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# RASCUNHO de tradução, que aguarda revisão por um tradutor qualificado. Não publicar sem essa revisão.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Fazer uma reclamação ou dar a sua opinião
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Ir para o conteúdo principal
loading = A carregar…
page-load-failed-title = Não foi possível carregar esta página
page-load-failed-body = Verifique a sua ligação à internet e tente novamente. As respostas que deu até agora não se perderam.
page-load-try-again = Tentar novamente

## Start page

start-heading = Fazer uma reclamação ou dar a sua opinião a { $council }
start-intro = Use este serviço para nos dizer o que pensa sobre um dos nossos serviços, incluindo os serviços sociais para crianças e para adultos.
start-you-can = Pode:
start-can-complain = fazer uma reclamação
start-can-compliment = fazer um elogio
start-can-comment = fazer um comentário ou uma sugestão
start-hear-from-you = Queremos saber quando algo corre mal e também quando fazemos as coisas bem. Contar-nos não é «criar problemas».
start-button = Começar agora
start-talk-first-heading = Antes de começar
start-talk-first = Muitas vezes ajuda falar primeiro com a pessoa ou a equipa com quem trata: muitos problemas podem ser resolvidos de imediato. Pode usar este serviço mesmo assim, se ainda não o fez ou se falar não ajudou.
start-need-heading = Do que vai precisar
start-need-what = o que aconteceu e, mais ou menos, quando
start-need-service = o serviço ou a equipa em causa
start-need-outcome = o que gostaria que fizéssemos para corrigir a situação
start-need-contact = os seus dados de contacto, se quiser uma resposta
start-need-help = Pode pedir ajuda a alguém, ou pedir a alguém que faça isto em seu nome. Pode demorar o tempo que precisar para preencher este formulário, e as suas respostas ficam neste dispositivo até as enviar.
start-risk-heading = Há alguém em risco de sofrer danos neste momento?
start-risk-emergency = Se alguém estiver em perigo imediato, ligue para o { $number }.
start-risk-adults = Preocupações sobre um adulto
start-risk-children = Preocupações sobre uma criança
start-risk-out-of-hours = Fora do horário de expediente, ligue para a equipa de serviço de emergência
start-other-ways-heading = Outras formas de contacto

## Contact details

contact-phone = Telefone
contact-email = E-mail
contact-post = Escreva para
contact-in-person = Atendimento presencial
contact-website = Sítio web
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, das { $opens } às { $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } a { $to }
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo
opening-any-time = A qualquer hora

## When the wizard cannot start

config-error-title = Lamentamos, mas este serviço está indisponível neste momento
config-error-body = Pode, mesmo assim, fazer uma reclamação ou dar a sua opinião contactando o município por telefone, e-mail ou carta. Tente usar este serviço novamente mais tarde.
config-error-emergency = Se alguém estiver em perigo imediato, ligue para o 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Lamentamos, mas algo correu mal
crash-body = As suas respostas não se perderam. Copie-as ou descarregue-as abaixo e, depois, recarregue a página para tentar novamente, ou contacte-nos de outra forma.
crash-answers = As suas respostas até agora
crash-download = Descarregar as suas respostas

## Shared by question pages

continue = Continuar
back = Voltar
answer-yes = Sim
answer-no = Não
error-summary-title = Há um problema
# Read out before each error message, hidden on screen.
error-prefix = Erro:
# Put in front of the page title while the page shows errors.
page-title-error = Erro: { $title }
character-count-remaining = { $count ->
    [one] Resta { $count } carácter
    [many] Restam { $count } caracteres
   *[other] Restam { $count } caracteres
}
character-count-over = { $count ->
    [one] Tem { $count } carácter a mais
    [many] Tem { $count } caracteres a mais
   *[other] Tem { $count } caracteres a mais
}
date-day = Dia
date-month = Mês
date-year = Ano
date-error-month = Indique o mês com um número de 1 a 12
date-error-year = Indique o ano com 4 algarismos, por exemplo 2025
date-error-real = Indique uma data válida, por exemplo 27 3 2025, ou apenas o mês e o ano, por exemplo 3 2025
date-error-future = A data tem de ser hoje ou no passado

## What would you like to do?

kind-question = O que gostaria de fazer?
kind-complaint = Fazer uma reclamação
kind-complaint-hint = Algo correu mal, ou não está contente com um serviço, uma decisão ou o tratamento que recebeu.
kind-compliment = Fazer um elogio
kind-compliment-hint = Fale-nos de algo que fizemos bem, ou de alguém que lhe deu apoio.
kind-comment = Fazer um comentário ou uma sugestão
kind-comment-hint = Diga-nos como podemos fazer melhor.
kind-follow-up = Acompanhar uma reclamação que já fez
kind-follow-up-hint = Peça a fase seguinte, lembre-nos de uma resposta que está atrasada ou saiba quando pode recorrer ao Provedor.
kind-error = Selecione o que gostaria de fazer

## Is anyone at risk?

safety-question = Há alguém em perigo ou em risco de sofrer danos?
safety-hint = Pode ser o seu caso, o de uma criança ou o de um adulto que precisa de cuidados e apoio.
safety-error = Selecione «Sim» se alguém estiver em perigo ou em risco de sofrer danos
safety-advice-heading = Peça ajuda agora
safety-advice-emergency = Se alguém estiver em perigo imediato, ligue agora para o { $number }.
safety-advice-safeguarding = Se tem preocupações com a segurança de uma criança ou de um adulto que precisa de cuidados e apoio, ligue para as nossas equipas dos serviços sociais. Elas podem agir de imediato. Uma reclamação demora mais tempo.
safety-advice-carry-on = Mesmo assim, pode também fazer uma reclamação.
safety-advice-history = O botão «Sair desta página» não apaga o histórico do seu navegador. Se outra pessoa puder ver o que há neste dispositivo, apague o histórico quando terminar, ou use uma janela de navegação privada.
safety-advice-continue = Continuar com a minha reclamação

## Who is it for?

who-question = Para quem é a reclamação?
who-myself = Para mim
who-someone-else = Para outra pessoa
who-someone-else-hint = Por exemplo, um familiar, um amigo ou alguém de quem cuida.
who-professional = Sou representante independente (advocate) ou profissional e ajo em nome de alguém
who-professional-hint = Por exemplo, um representante independente (advocate), um assistente social de outra organização ou um advogado.
who-error = Selecione para quem é a reclamação
representation-heading = Sobre a pessoa em nome de quem reclama
their-name-label = Nome completo da pessoa
their-name-error = Indique o nome completo da pessoa em nome de quem reclama
their-name-too-long = O nome não pode ter mais de { $max } caracteres
relationship-label = Qual é a sua relação com esta pessoa?
relationship-hint = Por exemplo, «é a minha mãe», «é o meu vizinho» ou «sou o representante independente desta pessoa».
relationship-error = Indique qual é a sua relação com a pessoa
relationship-too-long = A relação com a pessoa não pode ter mais de { $max } caracteres
consent-question = A pessoa concordou que faça esta reclamação em nome dela?
consent-hint = Precisamos da autorização da pessoa para tratarmos da reclamação dela consigo e para consultarmos os registos que temos sobre ela. Mesmo com a autorização da pessoa, pode não ser possível contar-lhe tudo o que descobrirmos ou fizermos.
consent-given = Sim, a pessoa concordou
consent-child = A pessoa não pode concordar porque é uma criança
consent-lacks-capacity = A pessoa não pode concordar porque não tem capacidade para tomar esta decisão
consent-lacks-capacity-hint = Por exemplo, por causa de demência ou de uma doença grave.
consent-died = A pessoa não pode concordar porque faleceu
consent-not-yet = Ainda não
consent-error = Selecione se a pessoa concordou que faça esta reclamação
consent-advice-heading = Vamos precisar da autorização da pessoa
consent-advice-permission = Antes de analisarmos a reclamação, vamos precisar que a pessoa nos autorize a tratar do assunto consigo. Entraremos em contacto para explicar como pode dar essa autorização.
consent-advice-outcome = Mesmo com a autorização da pessoa, pode não ser possível contar-lhe tudo o que descobrirmos ou fizermos, para proteger a privacidade dela.
consent-advice-carry-on = Pode continuar e falar-nos agora da reclamação.
consent-advice-continue = Continuar

## What is it about?

topic-question = Sobre o que é a sua reclamação?
topic-children = Serviços sociais para crianças
topic-children-hint = Por exemplo, um assistente social de uma criança ou família, acolhimento familiar, adoção ou uma casa de acolhimento.
topic-adults = Serviços sociais para adultos
topic-adults-hint = Por exemplo, apoio em casa, um lar residencial, uma avaliação das necessidades de cuidados ou pagamentos diretos.
topic-other = Outro serviço do município
topic-other-hint = Por exemplo, habitação, lixo e reciclagem, estradas, imposto municipal (council tax) ou matrículas escolares. Isto inclui os serviços que outras organizações prestam em nosso nome.
topic-child-protection = Uma decisão tomada numa reunião de proteção de crianças (child protection conference)
topic-court = Algo decidido por um tribunal, ou que um tribunal ainda vai decidir
topic-first-request = Pedir um serviço pela primeira vez
topic-first-request-hint = Por exemplo, pedir uma avaliação das necessidades de cuidados ou avisar pela primeira vez que o lixo não foi recolhido.
topic-error = Selecione o assunto da sua reclamação
care-question = Quem organiza os cuidados?
care-council = É o município que os organiza
care-council-hint = Mesmo que pague parte ou a totalidade do custo.
care-self-funded = Sou eu que os organizo e pago, ou a minha família
care-error = Selecione quem organiza os cuidados
self-funded-heading = Se organiza e paga os seus próprios cuidados
self-funded-provider = Apresente primeiro a reclamação ao prestador de cuidados: a empresa de apoio domiciliário ou o lar residencial.
self-funded-question = A sua reclamação é sobre algo que o município fez?
self-funded-hint = Por exemplo, uma avaliação das necessidades de cuidados, uma decisão sobre o pagamento dos cuidados ou informações que lhe demos.
self-funded-error = Selecione «Sim» se a sua reclamação for sobre algo que o município fez

## Where to go instead

signpost-conference-heading = As decisões das reuniões de proteção de crianças têm o seu próprio processo
signpost-conference-body = O procedimento de reclamações não pode alterar uma decisão tomada numa reunião de proteção de crianças.
signpost-conference-next = Fale com quem dirigiu a reunião ou com o assistente social sobre como contestar a decisão. Pode, mesmo assim, reclamar do tratamento que recebeu do município, por exemplo da forma como uma reunião decorreu.
signpost-court-heading = Os assuntos dos tribunais são tratados pelos tribunais
signpost-court-body = O procedimento de reclamações não pode analisar algo decidido por um tribunal, ou que um tribunal ainda vai decidir.
signpost-court-next = Fale com o seu advogado ou com o tribunal. Pode, mesmo assim, reclamar de algo que o município fez e que não faz parte do processo em tribunal.
signpost-request-heading = Peça primeiro ao serviço
signpost-request-body = Pedir um serviço pela primeira vez é um pedido, não uma reclamação.
signpost-request-next = Contacte o serviço e faça o pedido. Se não tiver ajuda, ou se a resposta não for satisfatória, pode então fazer uma reclamação.
signpost-provider-heading = Apresente a reclamação ao seu prestador de cuidados
signpost-provider-body = Se organiza e paga os seus próprios cuidados, apresente primeiro a reclamação ao prestador de cuidados.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Apresente a reclamação ao seu organismo de saúde e serviços sociais (Health and Social Care Trust)
signpost-trust-body = Na Irlanda do Norte, os serviços sociais para crianças e adultos são geridos pelos organismos de saúde e serviços sociais (Health and Social Care Trusts), e não pelo município. Apresente a reclamação ao organismo (Trust) que presta os cuidados: este tem o seu próprio procedimento de reclamações.
signpost-change = Alterar a sua resposta
signpost-contact-heading = Se tiver dúvidas, contacte-nos

## Talking to the service first

talked-question = Já falou com o serviço sobre isto?
talked-hint = Por exemplo, com a pessoa ou a equipa com quem costuma tratar, ou com o responsável dessa pessoa ou equipa.
talked-error = Selecione «Sim» se já falou com o serviço
talk-first-heading = Falar com o serviço resolve muitas vezes as coisas rapidamente
talk-first-quick = { $procedure ->
    [children] A maioria dos problemas com os serviços sociais para crianças é resolvida «na hora» pela pessoa com quem trata, ou pelo responsável dessa pessoa no prazo de 10 dias úteis.
    [adults] Se disser ao serviço o que está mal, talvez consigam resolver a situação até ao dia útil seguinte.
   *[other] A nossa equipa de reclamações vai tentar primeiro resolver a sua reclamação com o serviço, de forma rápida e informal. A isto chama-se resolução inicial.
}
talk-first-carry-on = Não tem de falar primeiro com o serviço. Pode continuar agora com a sua reclamação.
talk-first-continue = Continuar com a minha reclamação

## When did it happen?

when-heading = Quando aconteceu?
when-happened = Quando aconteceu, ou quando começou
when-happened-hint = Por exemplo, 27 3 2025. Se não souber o dia, indique só o mês e o ano.
when-still-happening = Ainda não terminou
when-found-out = Quando soube do que aconteceu, se foi mais tarde (opcional)
when-found-out-hint = Por exemplo, 3 2025. Deixe em branco se soube do assunto no momento em que aconteceu.
when-error-missing = Indique quando aconteceu, ou selecione «Ainda não terminou»
when-error-found-out-before = A data em que soube tem de ser igual ou posterior à data em que aconteceu
late-question = Por que motivo apresenta a reclamação agora?
late-hint = { $months ->
    [one] Normalmente, as reclamações devem ser feitas no prazo de { $months } mês a contar da data em que algo aconteceu ou em que soube do assunto. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
    [many] Normalmente, as reclamações devem ser feitas no prazo de { $months } meses a contar da data em que algo aconteceu ou em que soube do assunto. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
   *[other] Normalmente, as reclamações devem ser feitas no prazo de { $months } meses a contar da data em que algo aconteceu ou em que soube do assunto. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] Normalmente, as reclamações devem ser feitas no prazo de { $months } mês a contar da data em que algo aconteceu. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
    [many] Normalmente, as reclamações devem ser feitas no prazo de { $months } meses a contar da data em que algo aconteceu. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
   *[other] Normalmente, as reclamações devem ser feitas no prazo de { $months } meses a contar da data em que algo aconteceu. Mesmo assim, podemos analisar a reclamação se houver um bom motivo para não ter sido feita mais cedo, por exemplo, doença ou não saber que podia reclamar, e se ainda for possível analisá-la de forma justa e adequada.
}
late-error = Diga-nos por que motivo apresenta a reclamação agora
late-too-long = A sua resposta não pode ter mais de { $max } caracteres

## Your complaint or message

service-question = De que serviço ou equipa se trata?
service-hint = Por exemplo, serviço social para crianças, apoio domiciliário ou reparações na habitação. Se tiver dúvidas, diga-nos o que puder.
service-error = Indique de que serviço ou equipa se trata
service-too-long = O nome do serviço não pode ter mais de { $max } caracteres
message-question = O que nos quer dizer?
message-hint = Se for sobre uma pessoa, indique o nome dela, se o souber.
message-error = Escreva o que nos quer dizer
message-too-long = A sua mensagem não pode ter mais de { $max } caracteres
what-happened-question = O que aconteceu?
what-happened-hint = Diga-nos o que correu mal, quando e quem esteve envolvido. Inclua tudo o que achar que nos pode ajudar a compreender.
what-happened-error = Descreva o que aconteceu
what-happened-too-long = A descrição do que aconteceu não pode ter mais de { $max } caracteres
put-right-question = O que gostaria que fizéssemos para corrigir a situação?
put-right-hint = Por exemplo, um pedido de desculpas, que uma decisão seja revista, ou uma alteração num serviço.
put-right-error = Indique o que gostaria que fizéssemos para corrigir a situação
put-right-too-long = A sua resposta não pode ter mais de { $max } caracteres

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Adicione cartas, fotografias ou documentos
evidence-hint = Não tem de adicionar nada. Se tiver algo que mostre o que aconteceu, como uma carta, um plano de cuidados, uma fatura ou uma fotografia, pode adicioná-lo aqui.
evidence-rules = Pode adicionar até { $files ->
    [one] { $files } ficheiro
    [many] { $files } ficheiros
   *[other] { $files } ficheiros
}. Cada ficheiro tem de ter menos de { $each }, e todos juntos menos de { $total }.
evidence-kinds = Tipos de ficheiro que pode adicionar: { $kinds }
evidence-photos = Antes de uma fotografia JPEG sair do seu dispositivo, retiramos-lhe a informação sobre o local onde foi tirada e outros dados ocultos. A imagem em si não é alterada. Os outros ficheiros, incluindo outros tipos de fotografia, são enviados tal como estão.
evidence-choose = Escolher ficheiros
evidence-drop = ou arraste os ficheiros para aqui
evidence-added-heading = Ficheiros adicionados
evidence-remove = Remover
evidence-adding = A adicionar { $name }…
evidence-added = { $name } adicionado
evidence-removed = { $name } removido
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (versão antiga)
evidence-kind-text = texto
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } está vazio
attachment-error-too-big = { $name } tem de ter menos de { $limit }
attachment-error-type = { $name } não é um tipo de ficheiro que possa adicionar. Tem de ser: { $kinds }
attachment-error-too-many = { $name } não foi adicionado: pode adicionar até { $limit ->
    [one] { $limit } ficheiro
    [many] { $limit } ficheiros
   *[other] { $limit } ficheiros
}
attachment-error-total = { $name } não foi adicionado: todos os seus ficheiros juntos têm de ter menos de { $limit }
attachment-error-duplicate = { $name } já foi adicionado
attachment-error-photo = Não foi possível ler { $name } como fotografia. Guarde-o novamente ou escolha outro ficheiro
attachment-error-unreadable = Não foi possível ler { $name }. Escolha-o novamente
attachment-error-lost = { $name } já não está neste dispositivo. Adicione-o novamente ou remova-o

## How you would like it handled

handling-question = Como gostaria que tratássemos a sua reclamação?
handling-hint = Vamos falar sobre isto e decidir em conjunto.
handling-error = Selecione como gostaria que tratássemos a sua reclamação
resolution-on-the-spot = Resolver de imediato com a pessoa com quem trato
resolution-local = Pedir que um responsável analise o assunto rapidamente
resolution-next-working-day = Tentar resolver a situação até ao dia útil seguinte
resolution-early = Tentar primeiro resolver de forma rápida e informal
resolution-meeting = Falar sobre o assunto numa reunião
resolution-formal-investigation = Uma investigação formal, com resposta por escrito
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = Se a situação for resolvida de forma satisfatória para si até ao final do dia útil seguinte, não fica registada como reclamação, e não poderá apresentar o mesmo assunto mais tarde através do procedimento de reclamações.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = Para assuntos graves. Vamos dizer-lhe se aceitamos começar com uma investigação formal. Se não aceitarmos, o assunto é analisado primeiro na primeira fase.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = Não vamos tentar primeiro resolver de forma informal: a sua reclamação passa diretamente para uma investigação da Fase 1.
meeting-question = Gostaria de ter uma reunião connosco para falar sobre a sua reclamação?
meeting-hint = Pode ser presencial, por telefone ou por videochamada.
meeting-error = Selecione «Sim» se gostaria de ter uma reunião

## Your records

records-question = Podemos consultar os registos que temos sobre este assunto?
records-hint = Para analisarmos bem a sua reclamação, precisamos de ver os registos que temos a seu respeito, ou a respeito da pessoa em nome de quem reclama. Só as pessoas que analisam a sua reclamação os vão ver. Se precisarmos de falar com o NHS (Serviço Nacional de Saúde) ou com organizações que prestam serviços em nosso nome, como lares residenciais, vamos pedir a sua autorização antes de partilharmos as suas informações com eles.
records-error = Selecione «Sim» se podemos consultar os registos

## Confidentiality

confidentiality-heading = Manter a confidencialidade
confidentiality-who = Só as pessoas que precisam de saber vão ver a sua reclamação: quem a analisa e quem pode corrigir a situação.
confidentiality-limit = Se nos falar de um crime, ou de um risco para a segurança de uma criança ou de um adulto que precisa de cuidados e apoio, não podemos manter isso em segredo. Vamos ajudar a garantir que as pessoas certas são informadas e que são tomadas as medidas adequadas.
confidential-question = Há alguma coisa que gostaria que mantivéssemos confidencial?
confidential-hint = Vamos tentar respeitar a sua vontade, mas isso pode tornar mais difícil descobrir o que aconteceu e corrigir a situação.
confidential-error = Selecione «Sim» se há alguma coisa que gostaria que mantivéssemos confidencial
confidential-detail-label = O que gostaria que mantivéssemos confidencial? (opcional)
confidential-detail-too-long = A sua resposta não pode ter mais de { $max } caracteres

## Support

support-heading = Ajuda e apoio
support-question = Precisa de alguma destas ajudas para participar no processo da sua reclamação?
support-hint = Selecione todas as opções que se aplicam.
support-interpreter = Um intérprete
support-bsl = Um intérprete de Língua Gestual Britânica (BSL)
support-braille = Cartas em Braille
support-large-print = Cartas em letra grande
support-easy-read = Documentos em leitura fácil
support-audio = Gravações em áudio
support-advocacy = Ajuda de um representante independente (advocate) ou de uma organização de apoio
interpreter-language-label = Que língua?
interpreter-language-error = Indique a língua para a qual precisa de intérprete
advocacy-intro = Estas organizações podem ajudar a fazer ouvir a sua voz. São independentes do município. Pode contactá-las diretamente, ou podemos ajudar a estabelecer o contacto.
reply-language-label = Em que língua gostaria que lhe escrevêssemos? (opcional)
reply-language-hint = Deixe em branco para receber as respostas na língua em que vê agora este serviço.
helper-label = Tem a ajuda de alguém para a sua reclamação? (opcional)
helper-hint = Diga-nos o nome dessa pessoa, para sabermos quem é se nos contactar.
contact-too-long = Esta resposta não pode ter mais de { $max } caracteres

## Contact details

contact-heading = Os seus dados de contacto
contact-heading-optional = Se quiser uma resposta
contact-optional-intro = Não tem de nos dar o seu nome nem os seus dados de contacto. Sem eles, não lhe podemos responder.
full-name-label = Nome completo
full-name-label-optional = Nome completo (opcional)
full-name-error = Indique o seu nome completo
contact-method-question = Como prefere que entremos em contacto?
contact-method-hint = Selecione todas as opções que se aplicam.
contact-method-hint-optional = Selecione todas as opções que se aplicam, ou não selecione nenhuma se não quiser resposta.
contact-method-error = Selecione pelo menos uma forma de entrarmos em contacto
contact-by-email = E-mail
contact-by-phone = Telefone
contact-by-post = Carta
email-label = Endereço de e-mail
email-error-empty = Indique o seu endereço de e-mail
email-error-format = Indique um endereço de e-mail no formato correto, por exemplo name@example.com
phone-label = Número de telefone
phone-hint = Se for um número internacional, inclua o código do país.
phone-error-empty = Indique o seu número de telefone
phone-error-format = Indique um número de telefone, por exemplo 01632 960 001, 07700 900 982 ou +44 808 157 0192
best-time-label = Qual é o melhor momento para lhe telefonarmos? (opcional)
best-time-hint = Por exemplo, de manhã, nos dias úteis.
address-line1-label = Linha 1 do endereço
address-line1-error = Indique a primeira linha do seu endereço
address-line2-label = Linha 2 do endereço (opcional)
address-town-label = Cidade ou localidade
address-town-error = Indique a sua cidade ou localidade
postcode-label = Código postal
postcode-error-empty = Indique o seu código postal
postcode-error-format = Indique um código postal válido, por exemplo S70 2TA

## Check your answers

check-heading = Verifique as suas respostas antes de enviar
check-change = Alterar
check-found-out = Soube em: { $date }
check-meeting-yes = Gostaria de ter uma reunião
check-meeting-no = Não preciso de reunião
check-interpreter = Intérprete: { $language }
check-reply-language = Resposta em: { $language }
check-helper = Com a ajuda de: { $name }
check-no-support = Sem necessidade de apoio
check-no-evidence = Sem ficheiros adicionados
check-no-reply = Sem pedido de resposta
check-reply-by = Resposta por: { $ways }
check-send-heading-complaint = Agora envie a sua reclamação
check-send-heading-feedback = Agora envie a sua mensagem
check-send-body = Ao enviar, confirma que o que nos disse é verdade, tanto quanto sabe.
check-send-complaint = Enviar reclamação
check-send-feedback = Enviar
check-send-heading-follow-up = Agora envie o seu pedido
check-send-follow-up = Enviar pedido
check-earlier-reference = Número de referência: { $reference }
check-complained = Reclamou em: { $date }
check-sending = A enviar…
# While the person's files are sent, before their answers.
check-sending-file = A enviar o ficheiro { $number } de { $count }…
check-send-failed = Ainda não foi possível enviar
check-send-kept = As suas respostas continuam aqui: não se perdeu nada.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = Não foi possível comunicar com o sistema do município. Verifique se tem acesso à internet.
send-problem-timed-out = O sistema do município demorou demasiado tempo a responder.
send-problem-server = O sistema do município teve um problema.
send-problem-busy = O sistema do município está ocupado neste momento.
send-problem-rejected = O sistema do município não conseguiu aceitar o envio, e tentar novamente não vai resolver. Em vez disso, descarregue uma cópia das suas respostas ou envie-as por e-mail.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] Vamos tentar novamente daqui a { $seconds } segundo.
    [many] Vamos tentar novamente daqui a { $seconds } segundos.
   *[other] Vamos tentar novamente daqui a { $seconds } segundos.
}
send-offline = Não tem acesso à internet. Será enviado assim que voltar a ter acesso: mantenha esta página aberta.
send-try-again = Tentar novamente
send-download-copy = Descarregar uma cópia das suas respostas
send-by-email = Enviar antes por e-mail
# Shown when the council takes submissions by email only.
send-email-explain = O seu programa de e-mail vai abrir com uma mensagem dirigida a nós, com as suas respostas já escritas. Só nos chega quando enviar esse e-mail.
send-email-open = Abrir um e-mail com as minhas respostas
send-email-too-long = As suas respostas são demasiado longas para caberem num só link de e-mail, por isso o e-mail vai ter apenas o início. Descarregue uma cópia das suas respostas e anexe-a ao e-mail.
send-email-rest-attached = [As minhas respostas são demasiado longas para um só link de e-mail: o resto está na cópia que anexei.]
send-email-attach = Não podemos colocar os seus ficheiros no e-mail por si. Anexe-os ao e-mail antes de o enviar:
send-email-kept = As suas respostas ficam aqui até nos dizer que o e-mail foi enviado.
send-email-done = Já enviei o e-mail

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Reclamação { $reference }
copy-subject-compliment = Elogio { $reference }
copy-subject-comment = Comentário ou sugestão { $reference }
copy-subject-follow-up = Seguimento de uma reclamação { $reference }
copy-reference = Número de referência: { $reference }
copy-sent = Enviado: { $time } (hora do Reino Unido)
copy-english-heading = Em inglês, para os funcionários do município:
copy-id = ID do envio: { $id }

## Confirmation

confirmation-heading-complaint = Reclamação enviada
confirmation-heading-feedback = Mensagem enviada
confirmation-heading-follow-up = Pedido enviado
# $stage is the name of the stage asked for.
confirmation-follow-up-next = Pediu «{ $stage }». Estas datas contam a partir de hoje.
confirmation-follow-up-chase = Recebemos o seu lembrete. Vamos dizer-lhe por que motivo a nossa resposta está atrasada e quando a vai receber.
confirmation-reference = O seu número de referência
# Shown when the answers went by the person's email program.
confirmation-by-email = Chega-nos quando o seu e-mail for entregue. Se não chegou a ser enviado, escreva para { $email } e indique o seu número de referência, { $reference }.
confirmation-not-sent = Esta é uma versão de teste do serviço. O que enviou ficou guardado apenas neste computador, num sistema de teste, e não chegou a { $council }.
confirmation-next-heading = O que acontece a seguir
confirmation-feedback-next = Vamos enviar a sua mensagem ao serviço. Se pediu uma resposta, entraremos em contacto.
confirmation-copy-heading = Uma cópia das suas respostas
confirmation-print = Imprimir esta página
confirmation-start-again = Fazer outra reclamação ou dar de novo a sua opinião

## Following up a complaint already made

earlier-heading = Sobre a sua reclamação
earlier-reference = O seu número de referência (opcional)
earlier-reference-hint = Está no e-mail ou na carta que recebeu quando fez a reclamação, por exemplo RDX-7K3P-Q9MA. Pode deixar em branco.
earlier-reference-too-long = O número de referência não pode ter mais de { $max } caracteres
earlier-complained = Quando fez a reclamação?
earlier-complained-hint = Por exemplo, 20 11 2026. Se não souber o dia, indique só o mês e o ano.
earlier-complained-error = Indique quando fez a reclamação, ou apenas o mês e o ano
standing-question = Em que ponto está agora a sua reclamação?
standing-waiting = Estou à espera da vossa resposta
standing-answered = Já recebi a vossa resposta
standing-extended = Disseram-me que precisam de mais tempo e deram-me uma nova data
standing-error = Selecione em que ponto está agora a sua reclamação
earlier-stage-question-waiting = Em que fase está a sua reclamação?
earlier-stage-question-answered = A que fase dizia respeito a nossa resposta?
earlier-stage-hint = As nossas cartas e e-mails indicam-lhe em que fase está.
earlier-stage-error = Selecione a fase
stage-date-answered = Quando recebeu a nossa resposta?
stage-date-asked = Quando pediu esta fase?
stage-date-hint = Por exemplo, 20 11 2026. Se não souber o dia, indique só o mês e o ano.
stage-date-error = Indique a data, ou apenas o mês e o ano
stage-date-error-before = A data tem de ser igual ou posterior ao dia em que fez a reclamação
extended-to-question = Que nova data lhe demos?
extended-to-hint = Por exemplo, 29 1 2027.
extended-to-error = Indique a nova data, incluindo o dia
extended-to-error-real = Indique uma data válida, por exemplo 29 1 2027
extended-to-error-before = A nova data tem de ser posterior ao dia em que pediu esta fase
follow-up-answer-heading = A sua reclamação: o que pode fazer agora
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = Não conseguimos calcular as datas a partir das suas respostas. Verifique as datas que nos indicou.
follow-up-error-complained-after = O dia em que fez a reclamação é posterior ao dia que indicou para esta fase. Verifique as duas datas.
follow-up-error-extended-before = A nova data que lhe demos é anterior ao dia em que pediu esta fase. Verifique as duas datas.
follow-up-check-dates = Verificar as datas
follow-up-late-heading = A nossa resposta está atrasada
follow-up-late = Devíamos ter-lhe enviado a nossa resposta até { $date }.
follow-up-late-what = Pode enviar-nos um lembrete mais abaixo. Vamos dizer-lhe por que motivo a nossa resposta está atrasada e quando a vai receber.
follow-up-due-heading = Quando deve chegar a nossa resposta
follow-up-due = Devemos enviar-lhe a nossa resposta até { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = A nossa resposta deve chegar entre { $earliest } e { $latest }, consoante o dia em que fez o pedido. Se não tiver chegado até lá, está atrasada.
follow-up-due-extended = Esta é a nova data que lhe demos.
follow-up-due-allowed = Se precisarmos de mais tempo, o nosso procedimento permite-nos ir no máximo até { $date }, e vamos explicar-lhe porquê.
follow-up-due-beyond-allowed = Esta data é mais tarde do que o nosso procedimento permite: no máximo até { $date }. Pode perguntar-nos porquê.
follow-up-due-wait = Se não tiver chegado até lá, volte aqui para nos enviar um lembrete.
# $stage is the next stage's name.
follow-up-next-heading = Pedir «{ $stage }»
follow-up-next-council-decides = Somos nós que decidimos se esta fase avança. Se não avançar, vamos escrever-lhe a explicar porquê.
follow-up-ask-by = Faça o pedido até { $date }.
follow-up-ask-by-depends = O último dia para fazer o pedido é entre { $earliest } e { $latest }, consoante o dia em que recebeu a nossa resposta. Faça o pedido o mais cedo possível.
follow-up-ask-by-passed = O último dia para fazer o pedido foi { $date }. Ainda pode fazê-lo: diga-nos por que motivo está a pedir agora. Somos nós que decidimos se aceitamos um pedido fora de prazo e, se não o aceitarmos, o Provedor pode mesmo assim analisar a sua reclamação.
follow-up-ask-by-none = Não há um último dia para fazer o pedido, mas é melhor pedir cedo, enquanto tem tudo fresco na memória.
follow-up-if-asked-today = Se fizer o pedido hoje:
follow-up-ombudsman-heading = Recorrer ao Provedor
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = Já pode pedir ao { $ombudsman } que analise a sua reclamação. É um serviço gratuito e independente, que não toma partido por ninguém.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = Isso significa no máximo até { $date }, e mais cedo se soube do problema antes de fazer a reclamação.
follow-up-ombudsman-by = Isso significa até { $date }.
follow-up-ombudsman-passed = Esse dia já passou. O Provedor pode mesmo assim analisar a sua reclamação se houver um bom motivo para não ter recorrido a ele mais cedo: explique-lhe qual é.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = Normalmente, o { $ombudsman } analisa uma reclamação depois de terminarmos de a tratar: depois de «{ $stage }».
follow-up-request-question = O que gostaria de fazer?
follow-up-request-next = Pedir a fase seguinte
follow-up-request-chase = Enviar-nos um lembrete
follow-up-request-chase-hint = Pergunte por que motivo a nossa resposta está atrasada e quando a vai receber.
follow-up-request-error = Selecione o que gostaria de fazer
unresolved-question = Com o que é que ainda não está contente?
unresolved-hint = Diga-nos com que parte da nossa resposta não concorda, o que ainda não foi corrigido e o que gostaria que acontecesse. Se estiver a fazer o pedido depois do último dia, diga-nos porquê.
unresolved-error = Indique com o que é que ainda não está contente
unresolved-too-long = A descrição do que ainda não o deixa contente não pode ter mais de { $max } caracteres

## What happens next: dates

timeline-due = { $what }: até { $due }
timeline-due-extendable = { $what }: até { $due }, ou no máximo até { $latest } se for preciso mais tempo
timeline-waiting = { $what }: vamos indicar-lhe a data
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = Não há uma data definida para isto: entraremos em contacto consigo.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = Pediu-nos para começar em «{ $stage }». Vamos dizer-lhe se aceitamos. Se não aceitarmos, a sua reclamação começa em «{ $otherwise }».
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Só se não aceitarmos começar em «{ $stage }».

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Procedimento de reclamações dos serviços sociais para adultos
procedure-children-statutory-england = Procedimento de reclamações dos serviços sociais para crianças
procedure-general-barnsley = O procedimento de reclamações do município
procedure-general-council-000 = O procedimento de reclamações do município
procedure-lgsco-complaint-handling-code = O procedimento de reclamações do município
procedure-northern-ireland-nipso-model = O procedimento de reclamações do município
procedure-scotland-spso = O procedimento de tratamento de reclamações
procedure-wales-psow-model = O procedimento de reclamações do município
procedure-wales-social-services = Procedimento de reclamações dos serviços sociais
stage-adult-complaint = A sua reclamação
stage-early-resolution = Resolução inicial
stage-formal-investigation = Fase 2: investigação formal
stage-informal-resolution = Fase 1: resolução informal
stage-frontline-response = Fase 1: resposta rápida
stage-independent-investigation = Fase 2: investigação independente
stage-investigation = Fase 1: investigação
stage-local-resolution = Fase 1: um responsável analisa o caso
stage-next-working-day = Resolver a situação até ao dia útil seguinte
stage-on-the-spot = Resolver na hora
stage-review = Fase 2: revisão
stage-review-panel = Fase 3: painel de revisão independente
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = Uma pessoa de fora da equipa analisa a sua reclamação e escreve um relatório. Depois, um responsável sénior envia-lhe a nossa resposta.
stage-review-panel-about = Três pessoas independentes analisam toda a situação e reúnem-se consigo para ouvir o que tem a dizer. Decidem se a investigação foi justa, se as conclusões a que chegou foram razoáveis e se é possível fazer mais alguma coisa.
stage-review-about = Se a nossa resposta da Fase 1 não for satisfatória, a nossa equipa trabalha consigo nas questões que, na sua opinião, ainda ficaram sem resposta. Uma revisão não é uma nova investigação. Um diretor sénior decide se haverá revisão; se não houver, escrevemos-lhe a explicar porquê.
stage-stage1 = Fase 1
stage-stage2 = Fase 2
stage-stage2-investigation = Fase 2: investigação
stage-talk-to-the-service = Falar com o serviço
milestone-acknowledgement = Confirmamos que recebemos a sua reclamação e propomos uma reunião
milestone-completion = Terminamos a análise da sua reclamação
milestone-early-resolution = Procuramos resolver a situação
milestone-next-working-day-resolution = Procuramos corrigir a situação
milestone-stage1-acknowledgement = Confirmamos que recebemos a sua reclamação
milestone-stage1-contact = A nossa equipa entra em contacto
milestone-stage1-discussion = Conversamos sobre como resolver a situação
milestone-stage1-response = Enviamos a nossa resposta
milestone-stage2-acknowledgement = Confirmamos que recebemos o seu pedido para a Fase 2
milestone-stage2-response = Enviamos o relatório da investigação e a nossa resposta
milestone-stage2-review = Terminamos a revisão
milestone-stage3-panel-meeting = O painel de revisão reúne-se
milestone-stage3-panel-report = O painel de revisão envia o seu relatório
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = { $count ->
    [one] Pode pedir a Fase 2 até { $count } dia útil após a nossa resposta da Fase 1.
   *[other] Pode pedir a Fase 2 até { $count } dias úteis após a nossa resposta da Fase 1.
}
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = { $count ->
    [one] Pode pedir um painel de revisão até { $count } dia útil após a nossa resposta da Fase 2.
   *[other] Pode pedir um painel de revisão até { $count } dias úteis após a nossa resposta da Fase 2.
}
milestone-stage3-response = Respondemos ao relatório do painel
ombudsman-lgsco = Provedor do Governo Local e dos Serviços Sociais (Local Government and Social Care Ombudsman)
ombudsman-psow = Provedor dos Serviços Públicos do País de Gales (Public Services Ombudsman for Wales)
ombudsman-spso = Provedor dos Serviços Públicos da Escócia (Scottish Public Services Ombudsman)
ombudsman-nipso = Provedor dos Serviços Públicos da Irlanda do Norte (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = Se ainda não estiver contente
# $ombudsman is the Ombudsman's name.
ombudsman-intro = Pode pedir ao { $ombudsman } que analise a sua reclamação. É um serviço gratuito e independente, que não toma partido por ninguém.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] Normalmente, deve recorrer ao Provedor no prazo de { $months } mês a contar da data em que teve conhecimento do problema pela primeira vez, e não { $months } mês a contar da nossa resposta.
    [many] Normalmente, deve recorrer ao Provedor no prazo de { $months } meses a contar da data em que teve conhecimento do problema pela primeira vez, e não { $months } meses a contar da nossa resposta.
   *[other] Normalmente, deve recorrer ao Provedor no prazo de { $months } meses a contar da data em que teve conhecimento do problema pela primeira vez, e não { $months } meses a contar da nossa resposta.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] Normalmente, deve recorrer ao Provedor no prazo de { $months } mês a contar da nossa resposta final.
    [many] Normalmente, deve recorrer ao Provedor no prazo de { $months } meses a contar da nossa resposta final.
   *[other] Normalmente, deve recorrer ao Provedor no prazo de { $months } meses a contar da nossa resposta final.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = Com base na data que nos indicou, isso significa até { $date }.
ombudsman-early = Normalmente, o Provedor espera que terminemos primeiro de tratar a sua reclamação. Se não lhe tivermos respondido num prazo razoável, poderá analisá-la mais cedo.
ombudsman-ready = Quando o contactar, tenha à mão o seu número de referência, { $reference }, as nossas respostas e quaisquer cartas, e-mails ou documentos sobre a sua reclamação.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = Se a resposta não for satisfatória, pode pedir ao { $body } que analise o caso.
regulator-cqc = Comissão de Qualidade dos Cuidados (Care Quality Commission)
regulator-ciw = Serviço de Inspeção dos Cuidados do País de Gales (Care Inspectorate Wales)
regulator-care-inspectorate = Serviço de Inspeção dos Cuidados da Escócia (Care Inspectorate)
regulator-rqia = Autoridade de Regulação e Melhoria da Qualidade (Regulation and Quality Improvement Authority)
regulator-tell-cqc = Pode também comunicar a sua reclamação à Comissão de Qualidade dos Cuidados (Care Quality Commission). Esta comissão verifica a qualidade dos serviços de cuidados, mas não analisa reclamações individuais.
regulator-tell-ciw = Pode também comunicar a sua reclamação ao Serviço de Inspeção dos Cuidados do País de Gales (Care Inspectorate Wales). Este serviço verifica a qualidade dos serviços de cuidados, mas não analisa reclamações individuais.
regulator-tell-care-inspectorate = Pode também comunicar a sua reclamação ao Serviço de Inspeção dos Cuidados da Escócia (Care Inspectorate). Este serviço inspeciona os serviços de cuidados e pode analisar uma reclamação sobre um deles.
regulator-tell-rqia = Pode também comunicar a sua reclamação à Autoridade de Regulação e Melhoria da Qualidade (Regulation and Quality Improvement Authority, RQIA). Esta autoridade verifica a qualidade dos serviços de cuidados, mas não analisa reclamações individuais.

## Which procedure, and why

routing-reason-children = A sua reclamação é sobre os serviços sociais para crianças, por isso vai seguir o procedimento de reclamações dos serviços sociais para crianças, que está definido na lei.
routing-reason-adults = A sua reclamação é sobre serviços sociais para adultos organizados pelo município, por isso vai seguir o procedimento de reclamações dos serviços sociais para adultos, que está definido na lei.
routing-reason-adults-council-part = A sua reclamação é sobre o papel do município nos seus cuidados, por isso vai seguir o procedimento de reclamações dos serviços sociais para adultos, que está definido na lei.
routing-reason-adults-own-procedure = A sua reclamação é sobre serviços sociais para adultos organizados pelo município. O município trata as reclamações sobre serviços sociais para adultos através do seu próprio procedimento de reclamações.
routing-reason-adults-council-part-own-procedure = A sua reclamação é sobre o papel do município nos seus cuidados. O município trata as reclamações sobre serviços sociais para adultos através do seu próprio procedimento de reclamações.
routing-reason-general = A sua reclamação vai seguir o procedimento de reclamações do município.

## Exit this page

exit-button = Sair desta página
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Emergência
exit-hint = Ou pressione 3 vezes a tecla Shift. As suas respostas serão apagadas.
exit-shift-count = { $count ->
    [one] Shift: pressione mais { $count } vez para sair.
    [many] Shift: pressione mais { $count } vezes para sair.
   *[other] Shift: pressione mais { $count } vezes para sair.
}

## Your answers (footer)

answers-heading = As suas respostas
answers-kept-tab = As suas respostas ficam guardadas neste separador (aba) do navegador até as enviar ou fechar o separador.
answers-kept-device = As suas respostas ficam guardadas neste dispositivo até as enviar ou apagar.
answers-shared-warning = Só guarde as suas respostas neste dispositivo se mais ninguém o usar: quem o usar pode lê-las.
answers-keep-device = Guardar as minhas respostas neste dispositivo
answers-keep-tab = Manter as minhas respostas só neste separador
answers-clear = Apagar as minhas respostas
answers-clear-sure = Isto apaga tudo o que nos disse até agora. Quer mesmo apagar?
answers-clear-yes = Sim, apagar as minhas respostas
answers-clear-no = Não, manter as respostas
answers-cleared = As suas respostas foram apagadas.
# Links in the footer to pages of the council's own site.
footer-privacy = Aviso de privacidade
footer-accessibility = Declaração de acessibilidade
# The footer link to the council's complaints procedure.
footer-procedure = O procedimento de reclamações do município

## Calendar file

confirmation-calendar = Adicionar estas datas ao seu calendário (formato .ics)
ics-summary = { $what } (reclamação { $reference })
ics-description = A sua reclamação enviada a { $council }, referência { $reference }.

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = Idioma
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
language-load-failed = Lamentamos, mas não foi possível carregar esse idioma. Por isso, o serviço é mostrado em inglês. Tente novamente mais tarde.

other-ways-heading = Este formulário online precisa de JavaScript
other-ways-why = O JavaScript está desativado ou bloqueado no seu navegador, ou o seu navegador não consegue executar este formulário.
other-ways-instead = Pode ainda apresentar uma reclamação, um elogio ou um comentário de uma destas formas.
other-ways-back = Voltar à página inicial

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Agradecemos a reclamação que enviou a { $council }. Já a recebemos e vamos tratar dela até às datas indicadas abaixo. Guarde este e-mail.
acknowledgement-intro-feedback = Agradecemos a mensagem que enviou a { $council }. Já a recebemos.
acknowledgement-intro-follow-up = Recebemos o seu pedido sobre a reclamação que enviou a { $council }.
acknowledgement-contact = Se tiver alguma dúvida, contacte { $council } e indique o seu número de referência, { $reference }.
acknowledgement-why = Está a receber este e-mail porque este endereço foi indicado ao enviar algo através do formulário de reclamações online de { $council }. Se não foi quem o enviou, diga-nos.
