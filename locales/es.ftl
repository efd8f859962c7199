# DRAFT translation awaiting review by a qualified translator. Do not publish without that review.
# BORRADOR de traducción pendiente de revisión por un traductor cualificado. No lo publique sin esa revisión.
# Translated from en-GB.ftl. Reviewers: start from locales/GLOSSARY.md, the key terms, their renderings here and why. The comments below are the source's, kept in English for reviewers.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Presentar una queja o dar su opinión
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Saltar al contenido principal
loading = Cargando…
page-load-failed-title = No se ha podido cargar esta página
page-load-failed-body = Compruebe su conexión a internet y vuelva a intentarlo. No se han perdido las respuestas que ha dado hasta ahora.
page-load-try-again = Volver a intentarlo

## Start page

start-heading = Presentar una queja o dar su opinión a { $council }
start-intro = Use este servicio para contarnos qué piensa de alguno de nuestros servicios, incluidos los servicios sociales para niños y para adultos.
start-you-can = Puede:
start-can-complain = presentar una queja
start-can-compliment = enviar una felicitación
start-can-comment = hacer un comentario o una sugerencia
start-hear-from-you = Queremos saber cuándo las cosas salen mal y cuándo las hacemos bien. Contárnoslo no es “hacer un escándalo”.
start-button = Empezar ahora
start-talk-first-heading = Antes de empezar
start-talk-first = Suele ayudar hablar primero con la persona o el equipo con quien trata: muchos problemas se pueden resolver enseguida. Puede usar este servicio aunque no lo haya hecho, o si hablar no sirvió de nada.
start-need-heading = Qué necesitará
start-need-what = qué ocurrió y, más o menos, cuándo
start-need-service = a qué servicio o equipo se refiere
start-need-outcome = qué le gustaría que hiciéramos para solucionarlo
start-need-contact = sus datos de contacto, si quiere recibir una respuesta
start-need-help = Puede pedir a alguien que le ayude o que lo haga por usted. Puede tomarse todo el tiempo que necesite para rellenar este formulario, y sus respuestas se quedan en este dispositivo hasta que las envíe.
start-risk-heading = ¿Hay alguien en peligro de sufrir daño ahora mismo?
start-risk-emergency = Si alguien está en peligro inmediato, llame al { $number }.
start-risk-adults = Si le preocupa un adulto
start-risk-children = Si le preocupa un niño
start-risk-out-of-hours = Fuera del horario de oficina, llame al equipo de guardia para emergencias
start-other-ways-heading = Otras formas de ponerse en contacto

## Contact details

contact-phone = Teléfono
contact-email = Correo electrónico
contact-post = Escriba a
contact-in-person = Visítenos
contact-website = Sitio web
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, de { $opens } a { $closes }
# A run of days, such as "Monday to Friday".
opening-days = De { $from } a { $to }
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
opening-any-time = A cualquier hora

## When the wizard cannot start

config-error-title = Lo sentimos, este servicio no funciona en este momento
config-error-body = Aun así, puede presentar una queja o dar su opinión poniéndose en contacto con el ayuntamiento por teléfono, correo electrónico o correo postal. Vuelva a intentar usar este servicio más tarde.
config-error-emergency = Si alguien está en peligro inmediato, llame al 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Lo sentimos, algo ha fallado
crash-body = Sus respuestas no se han perdido. Cópielas o descárguelas a continuación y, después, vuelva a cargar la página para intentarlo de nuevo, o póngase en contacto con nosotros de otra forma.
crash-answers = Sus respuestas hasta ahora
crash-download = Descargar sus respuestas

## Shared by question pages

continue = Continuar
back = Volver
answer-yes = Sí
answer-no = No
error-summary-title = Hay un problema
# Read out before each error message, hidden on screen.
error-prefix = Error:
# Put in front of the page title while the page shows errors.
page-title-error = Error: { $title }
character-count-remaining = { $count ->
    [one] Le queda { $count } carácter
    [many] Le quedan { $count } caracteres
   *[other] Le quedan { $count } caracteres
}
character-count-over = { $count ->
    [one] Tiene { $count } carácter de más
    [many] Tiene { $count } caracteres de más
   *[other] Tiene { $count } caracteres de más
}
date-day = Día
date-month = Mes
date-year = Año
date-error-month = Escriba el mes con un número del 1 al 12
date-error-year = Escriba el año con 4 cifras, por ejemplo, 2025
date-error-real = Escriba una fecha que exista, por ejemplo, 27 3 2025, o solo el mes y el año, por ejemplo, 3 2025
date-error-future = La fecha debe ser hoy o una fecha pasada

## What would you like to do?

kind-question = ¿Qué le gustaría hacer?
kind-complaint = Presentar una queja
kind-complaint-hint = Algo ha salido mal, o no está conforme con un servicio, con una decisión o con el trato que recibió.
kind-compliment = Enviar una felicitación
kind-compliment-hint = Cuéntenos algo que hicimos bien, o háblenos de alguien que le ayudó.
kind-comment = Hacer un comentario o una sugerencia
kind-comment-hint = Díganos cómo podríamos hacer mejor las cosas.
kind-follow-up = Hacer el seguimiento de una queja que ya presentó
kind-follow-up-hint = Pida la siguiente etapa, recuérdenos una respuesta que se ha retrasado o averigüe cuándo puede acudir al Defensor del Pueblo.
kind-error = Elija qué le gustaría hacer

## Is anyone at risk?

safety-question = ¿Hay alguien en peligro o en riesgo de sufrir daño?
safety-hint = Puede ser usted, un niño o un adulto que necesita cuidados y apoyo.
safety-error = Elija “Sí” si hay alguien en peligro o en riesgo de sufrir daño
safety-advice-heading = Pida ayuda ahora
safety-advice-emergency = Si alguien está en peligro inmediato, llame al { $number } ahora.
safety-advice-safeguarding = Si le preocupa la seguridad de un niño o de un adulto que necesita cuidados y apoyo, llame a nuestros equipos de servicios sociales. Pueden actuar de inmediato. Una queja tarda más.
safety-advice-carry-on = También puede presentar una queja.
safety-advice-history = El botón “Salir de esta página” no borra el historial de su navegador. Si es posible que otra persona revise este dispositivo, borre el historial cuando termine o utilice una ventana de navegación privada.
safety-advice-continue = Continuar con mi queja

## Who is it for?

who-question = ¿Para quién es la queja?
who-myself = Para mí
who-someone-else = Para otra persona
who-someone-else-hint = Por ejemplo, un familiar, un amigo o alguien a quien usted cuida.
who-professional = Soy una persona de apoyo (advocate) o un profesional que actúa en nombre de otra persona
who-professional-hint = Por ejemplo, una persona de apoyo (advocate), un trabajador social de otra organización o un abogado.
who-error = Elija para quién es la queja
representation-heading = Sobre la persona por quien presenta la queja
their-name-label = Nombre completo de la persona
their-name-error = Escriba el nombre completo de la persona por quien presenta la queja
their-name-too-long = El nombre de la persona debe tener { $max } caracteres como máximo
relationship-label = ¿Qué relación tiene con esa persona?
relationship-hint = Por ejemplo, “mi madre”, “mi vecino” o “soy su persona de apoyo”.
relationship-error = Escriba qué relación tiene con la persona
relationship-too-long = Su respuesta sobre la relación con la persona debe tener { $max } caracteres como máximo
consent-question = ¿Ha aceptado esa persona que usted presente esta queja en su nombre?
consent-hint = Necesitamos el permiso de esa persona para tratar la queja con usted y para consultar sus expedientes. Incluso con su permiso, es posible que no podamos contarle todo lo que averigüemos o hagamos.
consent-given = Sí, lo ha aceptado
consent-child = No puede aceptarlo porque es menor de edad
consent-lacks-capacity = No puede aceptarlo porque no es capaz de tomar esta decisión
consent-lacks-capacity-hint = Por ejemplo, por demencia o por una enfermedad grave.
consent-died = No puede aceptarlo porque ha fallecido
consent-not-yet = Todavía no
consent-error = Indique si esa persona ha aceptado que usted presente esta queja
consent-advice-heading = Necesitaremos el permiso de esa persona
consent-advice-permission = Antes de investigar la queja, necesitaremos el permiso de la persona para tratar el asunto con usted. Nos pondremos en contacto con usted para explicarle cómo darlo.
consent-advice-outcome = Incluso con su permiso, es posible que no podamos contarle todo lo que averigüemos o hagamos, para proteger la privacidad de esa persona.
consent-advice-carry-on = Puede continuar y hablarnos ahora de la queja.
consent-advice-continue = Continuar

## What is it about?

topic-question = ¿De qué trata su queja?
topic-children = Servicios sociales para niños
topic-children-hint = Por ejemplo, un trabajador social de un niño o de una familia, el acogimiento familiar, la adopción o una residencia infantil.
topic-adults = Servicios sociales para adultos
topic-adults-hint = Por ejemplo, ayuda a domicilio, una residencia, una evaluación de cuidados o pagos directos.
topic-other = Otro servicio del ayuntamiento
topic-other-hint = Por ejemplo, vivienda, recogida de basura y reciclaje, calles y carreteras, el impuesto municipal (council tax) o la admisión en colegios. Esto incluye los servicios que otras organizaciones prestan en nuestro nombre.
topic-child-protection = Una decisión tomada en una reunión de protección infantil
topic-court = Algo que un tribunal ha decidido o está decidiendo
topic-first-request = Pedir un servicio por primera vez
topic-first-request-hint = Por ejemplo, pedir una evaluación de cuidados o avisar por primera vez de que no se recogió su basura.
topic-error = Elija de qué trata su queja
care-question = ¿Quién organiza los cuidados?
care-council = Los organiza el ayuntamiento
care-council-hint = Aunque usted pague una parte o la totalidad.
care-self-funded = Los organizo y los pago yo, o mi familia
care-error = Elija quién organiza los cuidados
self-funded-heading = Si usted organiza y paga sus propios cuidados
self-funded-provider = Presente primero su queja al proveedor de cuidados: la agencia de ayuda a domicilio o la residencia.
self-funded-question = ¿Su queja trata sobre algo que hizo el ayuntamiento?
self-funded-hint = Por ejemplo, una evaluación de cuidados, una decisión sobre el pago de los cuidados o información que le dimos.
self-funded-error = Elija “Sí” si su queja trata sobre algo que hizo el ayuntamiento

## Where to go instead

signpost-conference-heading = Las decisiones de las reuniones de protección infantil tienen su propio proceso
signpost-conference-body = El procedimiento de quejas no puede cambiar una decisión tomada en una reunión de protección infantil.
signpost-conference-next = Hable con la persona que presidió la reunión o con el trabajador social para cuestionar la decisión. Aun así, puede quejarse de cómo le trató el ayuntamiento, por ejemplo, de cómo se llevó una reunión.
signpost-court-heading = Los tribunales se ocupan de los asuntos judiciales
signpost-court-body = El procedimiento de quejas no puede investigar algo que un tribunal ha decidido o está decidiendo.
signpost-court-next = Hable con su abogado o con el tribunal. Aun así, puede quejarse de algo que hizo el ayuntamiento y que no forma parte del caso judicial.
signpost-request-heading = Primero, pídalo al servicio
signpost-request-body = Pedir un servicio por primera vez es una solicitud, no una queja.
signpost-request-next = Póngase en contacto con el servicio y pídalo. Si no le ayudan, o no está conforme con su respuesta, entonces puede presentar una queja.
signpost-provider-heading = Presente su queja al proveedor de cuidados
signpost-provider-body = Si usted organiza y paga sus propios cuidados, presente primero su queja al proveedor de cuidados.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Presente su queja a su organismo de salud y servicios sociales (Health and Social Care Trust)
signpost-trust-body = En Irlanda del Norte, los servicios sociales para niños y adultos los gestionan los organismos de salud y servicios sociales (Health and Social Care Trusts), no el ayuntamiento. Presente su queja al organismo (Trust) que le presta los cuidados: tiene su propio procedimiento de quejas.
signpost-change = Cambiar su respuesta
signpost-contact-heading = Si tiene dudas, contáctenos

## Talking to the service first

talked-question = ¿Ya ha hablado con el servicio sobre esto?
talked-hint = Por ejemplo, con la persona o el equipo con quien suele tratar, o con su responsable.
talked-error = Elija “Sí” si ya ha hablado con el servicio
talk-first-heading = Hablar con el servicio suele resolver las cosas rápidamente
talk-first-quick = { $procedure ->
    [children] La mayoría de los problemas con los servicios sociales para niños se resuelven “en el momento” con la persona con quien usted trata, o los resuelve su responsable en un plazo de 10 días hábiles.
    [adults] Si le dice al servicio qué va mal, es posible que puedan solucionarlo para el siguiente día hábil.
   *[other] Nuestro equipo de quejas intentará primero resolver su queja con el servicio de forma rápida e informal. Esto se llama resolución temprana.
}
talk-first-carry-on = No tiene que hablar primero con el servicio. Puede continuar con su queja ahora.
talk-first-continue = Continuar con mi queja

## When did it happen?

when-heading = ¿Cuándo ocurrió?
when-happened = Cuándo ocurrió, o cuándo empezó
when-happened-hint = Por ejemplo, 27 3 2025. Si no sabe el día, escriba solo el mes y el año.
when-still-happening = Sigue ocurriendo
when-found-out = Cuándo se enteró, si fue más tarde (opcional)
when-found-out-hint = Por ejemplo, 3 2025. Déjelo en blanco si se enteró en el momento en que ocurrió.
when-error-missing = Escriba cuándo ocurrió, o marque que sigue ocurriendo
when-error-found-out-before = La fecha en que se enteró debe ser igual o posterior a la fecha en que ocurrió
late-question = ¿Por qué presenta la queja ahora?
late-hint = { $months ->
    [one] Normalmente, las quejas se presentan en un plazo de { $months } mes desde que ocurrió algo o desde que usted se enteró. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
    [many] Normalmente, las quejas se presentan en un plazo de { $months } meses desde que ocurrió algo o desde que usted se enteró. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
   *[other] Normalmente, las quejas se presentan en un plazo de { $months } meses desde que ocurrió algo o desde que usted se enteró. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] Normalmente, las quejas se presentan en un plazo de { $months } mes desde que ocurrió algo. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
    [many] Normalmente, las quejas se presentan en un plazo de { $months } meses desde que ocurrió algo. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
   *[other] Normalmente, las quejas se presentan en un plazo de { $months } meses desde que ocurrió algo. Aun así, podemos investigar su queja si hay un buen motivo por el que no se presentó antes, por ejemplo, una enfermedad o no saber que podía quejarse, y si todavía es posible investigarla de forma justa y adecuada.
}
late-error = Díganos por qué presenta la queja ahora
late-too-long = Su respuesta debe tener { $max } caracteres como máximo

## Your complaint or message

service-question = ¿De qué servicio o equipo se trata?
service-hint = Por ejemplo, trabajo social con niños, ayuda a domicilio o reparaciones de vivienda. Si no lo sabe con seguridad, díganos lo que sepa.
service-error = Escriba de qué servicio o equipo se trata
service-too-long = El nombre del servicio debe tener { $max } caracteres como máximo
message-question = ¿Qué le gustaría decirnos?
message-hint = Si se trata de una persona, incluya su nombre si lo sabe.
message-error = Escriba lo que le gustaría decirnos
message-too-long = Su mensaje debe tener { $max } caracteres como máximo
what-happened-question = ¿Qué ocurrió?
what-happened-hint = Cuéntenos qué salió mal, cuándo y quién participó. Incluya todo lo que crea que nos ayudará a entenderlo.
what-happened-error = Escriba qué ocurrió
what-happened-too-long = La descripción de lo que ocurrió debe tener { $max } caracteres como máximo
put-right-question = ¿Qué le gustaría que hiciéramos para solucionarlo?
put-right-hint = Por ejemplo, una disculpa, que se vuelva a revisar una decisión o un cambio en un servicio.
put-right-error = Escriba qué le gustaría que hiciéramos para solucionarlo
put-right-too-long = Su respuesta debe tener { $max } caracteres como máximo

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Añada cartas, fotos o documentos
evidence-hint = No tiene que añadir nada. Si tiene algo que muestre lo que ocurrió, como una carta, un plan de cuidados, una factura o una foto, puede añadirlo aquí.
evidence-rules = Puede añadir hasta { $files ->
    [one] { $files } archivo
    [many] { $files } archivos
   *[other] { $files } archivos
}. Cada archivo debe ocupar menos de { $each }, y todos juntos, menos de { $total }.
evidence-kinds = Tipos de archivo que puede añadir: { $kinds }
evidence-photos = Antes de que una foto JPEG salga de su dispositivo, le quitamos la información sobre dónde se hizo y otros datos ocultos. La imagen en sí no cambia. Los demás archivos, incluidos otros tipos de foto, se envían tal como están.
evidence-choose = Elegir archivos
evidence-drop = o arrastre los archivos hasta aquí
evidence-added-heading = Archivos añadidos
evidence-remove = Quitar
evidence-adding = Añadiendo { $name }…
evidence-added = Se ha añadido { $name }
evidence-removed = Se ha quitado { $name }
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (versión antigua)
evidence-kind-text = texto
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } está vacío
attachment-error-too-big = { $name } debe ocupar menos de { $limit }
attachment-error-type = { $name } no es un tipo de archivo que pueda añadir. Debe ser: { $kinds }
attachment-error-too-many = No se ha añadido { $name }: puede añadir hasta { $limit ->
    [one] { $limit } archivo
    [many] { $limit } archivos
   *[other] { $limit } archivos
}
attachment-error-total = No se ha añadido { $name }: todos sus archivos juntos deben ocupar menos de { $limit }
attachment-error-duplicate = { $name } ya se ha añadido
attachment-error-photo = No se ha podido leer { $name } como foto. Guárdelo de nuevo o elija otro archivo
attachment-error-unreadable = No se ha podido leer { $name }. Vuelva a elegirlo
attachment-error-lost = { $name } ya no está en este dispositivo. Vuelva a añadirlo o quítelo

## How you would like it handled

handling-question = ¿Cómo le gustaría que tratáramos su queja?
handling-hint = Hablaremos de esto con usted y lo acordaremos juntos.
handling-error = Elija cómo le gustaría que tratáramos su queja
resolution-on-the-spot = Resolverlo enseguida con la persona con quien trato
resolution-local = Pedir a un responsable que lo revise rápidamente
resolution-next-working-day = Intentar solucionarlo para el siguiente día hábil
resolution-early = Intentar primero resolverlo de forma rápida e informal
resolution-meeting = Hablarlo en una reunión
resolution-formal-investigation = Una investigación formal, con una respuesta por escrito
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = Si se soluciona a su satisfacción antes de que termine el siguiente día hábil, no se registrará como queja, y más adelante no podrá plantear el mismo asunto por el procedimiento de quejas.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = Para asuntos graves. Le diremos si aceptamos empezar con una investigación formal. Si no lo aceptamos, el asunto se examinará primero en la primera etapa.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = No intentaremos resolverlo primero de forma informal: su queja pasará directamente a una investigación de Etapa 1.
meeting-question = ¿Le gustaría reunirse con nosotros para hablar de su queja?
meeting-hint = Puede ser en persona, por teléfono o por videollamada.
meeting-error = Elija “Sí” si le gustaría reunirse con nosotros

## Your records

records-question = ¿Podemos consultar los expedientes que tenemos sobre este asunto?
records-hint = Para investigar bien su queja, necesitamos ver los expedientes que tenemos sobre usted, o sobre la persona por quien presenta la queja. Solo los verán las personas que investiguen su queja. Si necesitamos hablar con el NHS (Servicio Nacional de Salud) o con organizaciones que prestan servicios en nuestro nombre, como las residencias, le pediremos permiso antes de compartir su información con ellos.
records-error = Elija “Sí” si podemos consultar los expedientes

## Confidentiality

confidentiality-heading = Mantener la confidencialidad
confidentiality-who = Solo verán su queja las personas que necesitan saberlo: quienes la investigan y quienes pueden solucionar las cosas.
confidentiality-limit = Si nos habla de un delito, o de un riesgo para la seguridad de un niño o de un adulto que necesita cuidados y apoyo, no podemos mantenerlo en secreto. Ayudaremos a que se informe a las personas adecuadas y a que se tomen las medidas adecuadas.
confidential-question = ¿Hay algo que le gustaría que mantuviéramos como confidencial?
confidential-hint = Intentaremos respetar sus deseos, pero esto puede hacer más difícil averiguar qué ocurrió y solucionar las cosas.
confidential-error = Elija “Sí” si hay algo que le gustaría que mantuviéramos como confidencial
confidential-detail-label = ¿Qué le gustaría que mantuviéramos como confidencial? (opcional)
confidential-detail-too-long = Su respuesta debe tener { $max } caracteres como máximo

## Support

support-heading = Ayuda y apoyo
support-question = ¿Necesita alguna de estas cosas para participar en el proceso de su queja?
support-hint = Elija todas las opciones que correspondan.
support-interpreter = Un intérprete
support-bsl = Un intérprete de lengua de signos británica (BSL)
support-braille = Cartas en braille
support-large-print = Cartas en letra grande
support-easy-read = Documentos de lectura fácil
support-audio = Grabaciones de audio
support-advocacy = Ayuda de una persona de apoyo (advocate) o de una organización de apoyo
interpreter-language-label = ¿En qué idioma?
interpreter-language-error = Escriba el idioma para el que necesita un intérprete
advocacy-intro = Estas organizaciones pueden ayudarle a expresar su opinión. Son independientes del ayuntamiento. Puede ponerse en contacto con ellas directamente, o podemos ponerle en contacto nosotros.
reply-language-label = ¿En qué idioma le gustaría que le escribiéramos? (opcional)
reply-language-hint = Déjelo en blanco para recibir las respuestas en el idioma que está usando ahora.
helper-label = ¿Le está ayudando alguien con su queja? (opcional)
helper-hint = Díganos el nombre de esa persona, para saber quién es si se pone en contacto con nosotros.
contact-too-long = Esta respuesta debe tener { $max } caracteres como máximo

## Contact details

contact-heading = Sus datos de contacto
contact-heading-optional = Si quiere recibir una respuesta
contact-optional-intro = No tiene que darnos su nombre ni sus datos de contacto. Sin ellos, no podemos responderle.
full-name-label = Nombre completo
full-name-label-optional = Nombre completo (opcional)
full-name-error = Escriba su nombre completo
contact-method-question = ¿Cómo le gustaría que nos pusiéramos en contacto con usted?
contact-method-hint = Elija todas las opciones que correspondan.
contact-method-hint-optional = Elija todas las opciones que correspondan, o no elija ninguna si no quiere recibir una respuesta.
contact-method-error = Elija al menos una forma de ponernos en contacto con usted
contact-by-email = Correo electrónico
contact-by-phone = Teléfono
contact-by-post = Correo postal
email-label = Dirección de correo electrónico
email-error-empty = Escriba su dirección de correo electrónico
email-error-format = Escriba una dirección de correo electrónico con el formato correcto, por ejemplo, nombre@example.com
phone-label = Número de teléfono
phone-hint = Si es un número internacional, incluya el prefijo del país.
phone-error-empty = Escriba su número de teléfono
phone-error-format = Escriba un número de teléfono, por ejemplo, 01632 960 001, 07700 900 982 o +44 808 157 0192
best-time-label = ¿Cuál es el mejor momento para llamarle? (opcional)
best-time-hint = Por ejemplo, por las mañanas entre semana.
address-line1-label = Dirección, línea 1
address-line1-error = Escriba la primera línea de su dirección
address-line2-label = Dirección, línea 2 (opcional)
address-town-label = Ciudad o localidad
address-town-error = Escriba su ciudad o localidad
postcode-label = Código postal
postcode-error-empty = Escriba su código postal
postcode-error-format = Escriba un código postal válido, por ejemplo, S70 2TA

## Check your answers

check-heading = Revise sus respuestas antes de enviarlas
check-change = Cambiar
check-found-out = Fecha en que se enteró: { $date }
check-meeting-yes = Me gustaría tener una reunión
check-meeting-no = No necesito una reunión
check-interpreter = Intérprete: { $language }
check-reply-language = Idioma de la respuesta: { $language }
check-helper = Con la ayuda de: { $name }
check-no-support = No necesito apoyo
check-no-evidence = No he añadido archivos
check-no-reply = No quiero respuesta
check-reply-by = Respuesta por: { $ways }
check-send-heading-complaint = Ahora envíe su queja
check-send-heading-feedback = Ahora envíe su mensaje
check-send-body = Al enviar esto, confirma que lo que nos ha contado es verdad, hasta donde usted sabe.
check-send-complaint = Enviar la queja
check-send-feedback = Enviar
check-send-heading-follow-up = Ahora envíe su solicitud
check-send-follow-up = Enviar la solicitud
check-earlier-reference = Número de referencia: { $reference }
check-complained = Fecha de la queja: { $date }
check-sending = Enviando…
# While the person's files are sent, before their answers.
check-sending-file = Enviando el archivo { $number } de { $count }…
check-send-failed = Todavía no se ha enviado
check-send-kept = Sus respuestas siguen aquí: no se ha perdido nada.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = No hemos podido conectar con el sistema del ayuntamiento. Compruebe que tiene conexión a internet.
send-problem-timed-out = El sistema del ayuntamiento ha tardado demasiado en responder.
send-problem-server = El sistema del ayuntamiento ha tenido un problema.
send-problem-busy = El sistema del ayuntamiento está ocupado en este momento.
send-problem-rejected = El sistema del ayuntamiento no ha podido aceptarlo, y volver a intentarlo no servirá de nada. Descargue una copia de sus respuestas o envíelas por correo electrónico.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] Volveremos a intentarlo dentro de { $seconds } segundo.
    [many] Volveremos a intentarlo dentro de { $seconds } segundos.
   *[other] Volveremos a intentarlo dentro de { $seconds } segundos.
}
send-offline = No tiene conexión a internet. Se enviará en cuanto vuelva a tener conexión: mantenga esta página abierta.
send-try-again = Volver a intentarlo
send-download-copy = Descargar una copia de sus respuestas
send-by-email = Enviarlo por correo electrónico
# Shown when the council takes submissions by email only.
send-email-explain = Se abrirá su programa de correo electrónico con un mensaje dirigido a nosotros en el que aparecen sus respuestas. Nos llegará cuando envíe ese correo.
send-email-open = Abrir un correo electrónico con mis respuestas
send-email-too-long = Sus respuestas son demasiado largas para caber en un solo enlace de correo electrónico, así que el correo solo contendrá el principio. Descargue una copia de sus respuestas y adjúntela al correo.
send-email-rest-attached = [Mis respuestas son demasiado largas para un solo enlace de correo electrónico: el resto está en la copia que he adjuntado.]
send-email-attach = No podemos incluir sus archivos en el correo por usted. Tendrá que adjuntarlos al correo antes de enviarlo:
send-email-kept = Sus respuestas se quedan aquí hasta que nos indique que el correo se ha enviado.
send-email-done = He enviado el correo

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Queja { $reference }
copy-subject-compliment = Felicitación { $reference }
copy-subject-comment = Comentario o sugerencia { $reference }
copy-subject-follow-up = Seguimiento de una queja { $reference }
copy-reference = Número de referencia: { $reference }
copy-sent = Enviado: { $time } (hora del Reino Unido)
copy-english-heading = En inglés, para el personal del ayuntamiento:
copy-id = Identificador del envío: { $id }

## Confirmation

confirmation-heading-complaint = Queja enviada
confirmation-heading-feedback = Mensaje enviado
confirmation-heading-follow-up = Solicitud enviada
# $stage is the name of the stage asked for.
confirmation-follow-up-next = Ha pedido “{ $stage }”. Estas fechas cuentan a partir de hoy.
confirmation-follow-up-chase = Hemos recibido su recordatorio. Le diremos por qué se ha retrasado nuestra respuesta y cuándo la recibirá.
confirmation-reference = Su número de referencia
# Shown when the answers went by the person's email program.
confirmation-by-email = Lo recibiremos cuando llegue su correo electrónico. Si no llegó a enviarse, escriba a { $email } e indique su número de referencia, { $reference }.
confirmation-not-sent = Esta es una versión de prueba del servicio. Lo que ha enviado se ha guardado en un receptor de prueba en este equipo y no ha llegado a { $council }.
confirmation-next-heading = Qué ocurrirá ahora
confirmation-feedback-next = Enviaremos su mensaje al servicio. Si pidió una respuesta, nos pondremos en contacto con usted.
confirmation-copy-heading = Una copia de sus respuestas
confirmation-print = Imprimir esta página
confirmation-start-again = Presentar otra queja o enviar otro comentario

## Following up a complaint already made

earlier-heading = Sobre su queja
earlier-reference = Su número de referencia (opcional)
earlier-reference-hint = Aparece en el correo electrónico o en la carta que recibió cuando presentó la queja, por ejemplo, RDX-7K3P-Q9MA. Puede dejarlo en blanco.
earlier-reference-too-long = El número de referencia debe tener { $max } caracteres como máximo
earlier-complained = ¿Cuándo presentó la queja?
earlier-complained-hint = Por ejemplo, 20 11 2026. Si no sabe el día, escriba solo el mes y el año.
earlier-complained-error = Escriba cuándo presentó la queja, o solo el mes y el año
standing-question = ¿En qué punto está su queja ahora?
standing-waiting = Estoy esperando su respuesta
standing-answered = Ya he recibido su respuesta
standing-extended = Me han dicho que necesitan más tiempo y me han dado una nueva fecha
standing-error = Elija en qué punto está su queja ahora
earlier-stage-question-waiting = ¿En qué etapa está su queja?
earlier-stage-question-answered = ¿De qué etapa era nuestra respuesta?
earlier-stage-hint = Nuestras cartas y correos electrónicos le indican en qué etapa está.
earlier-stage-error = Elija la etapa
stage-date-answered = ¿Cuándo le llegó nuestra respuesta?
stage-date-asked = ¿Cuándo pidió esta etapa?
stage-date-hint = Por ejemplo, 20 11 2026. Si no sabe el día, escriba solo el mes y el año.
stage-date-error = Escriba la fecha, o solo el mes y el año
stage-date-error-before = La fecha debe ser igual o posterior al día en que presentó la queja
extended-to-question = ¿Qué nueva fecha le dimos?
extended-to-hint = Por ejemplo, 29 1 2027.
extended-to-error = Escriba la nueva fecha, incluido el día
extended-to-error-real = Escriba una fecha que exista, por ejemplo, 29 1 2027
extended-to-error-before = La nueva fecha debe ser posterior al día en que pidió esta etapa
follow-up-answer-heading = Su queja: qué puede hacer ahora
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = No podemos calcular las fechas a partir de sus respuestas. Revise las fechas que nos ha dado.
follow-up-error-complained-after = El día en que presentó la queja es posterior al día que indicó para esta etapa. Revise las dos fechas.
follow-up-error-extended-before = La nueva fecha que le dimos es anterior al día en que pidió esta etapa. Revise las dos fechas.
follow-up-check-dates = Revisar las fechas
follow-up-late-heading = Nuestra respuesta se ha retrasado
follow-up-late = Deberíamos haberle enviado nuestra respuesta a más tardar el { $date }.
follow-up-late-what = Puede enviarnos un recordatorio más abajo. Le diremos por qué se ha retrasado nuestra respuesta y cuándo la recibirá.
follow-up-due-heading = Cuándo debe llegar nuestra respuesta
follow-up-due = Debemos enviarle nuestra respuesta a más tardar el { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = Nuestra respuesta debe llegar entre el { $earliest } y el { $latest }, según el día en que la pidió. Si no ha llegado para entonces, se ha retrasado.
follow-up-due-extended = Esta es la nueva fecha que le dimos.
follow-up-due-allowed = Si necesitamos más tiempo, nuestro procedimiento nos permite llegar como máximo hasta el { $date }, y le explicaremos por qué.
follow-up-due-beyond-allowed = Es más tarde de lo que permite nuestro procedimiento: como máximo, el { $date }. Puede preguntarnos por qué.
follow-up-due-wait = Si no ha llegado para entonces, vuelva aquí para enviarnos un recordatorio.
# $stage is the next stage's name.
follow-up-next-heading = Pedir “{ $stage }”
follow-up-next-council-decides = Nosotros decidimos si se pasa a esta etapa. Si no es así, le escribiremos para explicarle por qué.
follow-up-ask-by = Pídalo a más tardar el { $date }.
follow-up-ask-by-depends = El último día para pedirlo es entre el { $earliest } y el { $latest }, según el día en que le llegó nuestra respuesta. Pídalo lo antes posible.
follow-up-ask-by-passed = El último día para pedirlo fue el { $date }. Aun así, puede pedirlo: díganos por qué lo pide ahora. Nosotros decidimos si aceptamos una solicitud fuera de plazo y, si no la aceptamos, es posible que el Defensor del Pueblo examine su queja de todos modos.
follow-up-ask-by-none = No hay un último día para pedirlo, pero conviene hacerlo pronto, mientras todo está reciente.
follow-up-if-asked-today = Si lo pide hoy:
follow-up-ombudsman-heading = Acudir al Defensor del Pueblo
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = Ya puede pedir al { $ombudsman } que investigue su queja. Es un servicio gratuito e independiente, y no toma partido por nadie.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = Eso es a más tardar el { $date }, y antes si supo del problema antes de presentar la queja.
follow-up-ombudsman-by = Eso es a más tardar el { $date }.
follow-up-ombudsman-passed = Ese día ya ha pasado. Es posible que el Defensor del Pueblo examine su queja de todos modos si hay un buen motivo por el que no pudo acudir antes: explíquele cuál es.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = Normalmente, el { $ombudsman } examina una queja cuando hemos terminado de tramitarla: después de “{ $stage }”.
follow-up-request-question = ¿Qué le gustaría hacer?
follow-up-request-next = Pedir la siguiente etapa
follow-up-request-chase = Enviarnos un recordatorio
follow-up-request-chase-hint = Pregunte por qué se ha retrasado nuestra respuesta y cuándo la recibirá.
follow-up-request-error = Elija qué le gustaría hacer
unresolved-question = ¿Con qué sigue sin estar conforme?
unresolved-hint = Díganos con qué parte de nuestra respuesta no está de acuerdo, qué sigue sin solucionarse y qué le gustaría que ocurriera. Si lo pide después del último día, díganos por qué.
unresolved-error = Escriba con qué sigue sin estar conforme
unresolved-too-long = La descripción de aquello con lo que sigue sin estar conforme debe tener { $max } caracteres como máximo

## What happens next: dates

timeline-due = { $what }: a más tardar el { $due }
timeline-due-extendable = { $what }: a más tardar el { $due }, o como máximo el { $latest } si se necesita más tiempo
timeline-waiting = { $what }: le diremos la fecha
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = No hay una fecha fijada para esto: nos pondremos en contacto con usted.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = Nos pidió empezar en “{ $stage }”. Le diremos si lo aceptamos. Si no lo aceptamos, su queja empezará en “{ $otherwise }”.
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Solo si no aceptamos empezar en “{ $stage }”.

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Procedimiento de quejas de los servicios sociales para adultos
procedure-children-statutory-england = Procedimiento de quejas de los servicios sociales para niños
procedure-general-barnsley = El procedimiento de quejas del ayuntamiento
procedure-general-council-000 = El procedimiento de quejas del ayuntamiento
procedure-lgsco-complaint-handling-code = El procedimiento de quejas del ayuntamiento
procedure-northern-ireland-nipso-model = El procedimiento de quejas del ayuntamiento
procedure-scotland-spso = El procedimiento de gestión de quejas
procedure-wales-psow-model = El procedimiento de quejas del ayuntamiento
procedure-wales-social-services = Procedimiento de quejas de los servicios sociales
stage-adult-complaint = Su queja
stage-early-resolution = Resolución temprana
stage-formal-investigation = Etapa 2: investigación formal
stage-informal-resolution = Etapa 1: resolución informal
stage-frontline-response = Etapa 1: respuesta rápida
stage-independent-investigation = Etapa 2: investigación independiente
stage-investigation = Etapa 1: investigación
stage-local-resolution = Etapa 1: un responsable lo revisa
stage-next-working-day = Solucionarlo para el siguiente día hábil
stage-on-the-spot = Resolverlo en el momento
stage-review = Etapa 2: revisión
stage-review-panel = Etapa 3: comité de revisión independiente
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = Una persona ajena al equipo investiga su queja y redacta un informe. Después, un responsable de alto nivel le envía nuestra respuesta.
stage-review-panel-about = Tres personas independientes examinan toda la situación y se reúnen con usted para escuchar lo que tenga que decir. Deciden si la investigación fue justa, si las conclusiones a las que llegó fueron razonables y si se puede hacer algo más.
stage-review-about = Si no está conforme con nuestra respuesta de la Etapa 1, nuestro equipo trabaja con usted en lo que considera que sigue sin respuesta. Una revisión no es una nueva investigación. Un alto directivo decide si habrá revisión; si no la hay, le escribimos para explicarle por qué.
stage-stage1 = Etapa 1
stage-stage2 = Etapa 2
stage-stage2-investigation = Etapa 2: investigación
stage-talk-to-the-service = Hablar con el servicio
milestone-acknowledgement = Le confirmamos que hemos recibido su queja y le ofrecemos una reunión
milestone-completion = Terminamos de investigar su queja
milestone-early-resolution = Nuestro objetivo es resolverlo
milestone-next-working-day-resolution = Nuestro objetivo es solucionarlo
milestone-stage1-acknowledgement = Le confirmamos que hemos recibido su queja
milestone-stage1-contact = Nuestro equipo se pone en contacto con usted
milestone-stage1-discussion = Hablamos con usted sobre cómo resolverlo
milestone-stage1-response = Le enviamos nuestra respuesta
milestone-stage2-acknowledgement = Le confirmamos que hemos recibido su solicitud para la etapa 2
milestone-stage2-response = Le enviamos el informe de la investigación y nuestra respuesta
milestone-stage2-review = Terminamos la revisión
milestone-stage3-panel-meeting = El comité de revisión se reúne
milestone-stage3-panel-report = El comité de revisión envía su informe
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = Puede pedir la Etapa 2 hasta { $count } días hábiles después de nuestra respuesta de la Etapa 1.
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = Puede pedir un comité de revisión hasta { $count } días hábiles después de nuestra respuesta de la Etapa 2.
milestone-stage3-response = Respondemos al informe del comité
ombudsman-lgsco = Defensor del Pueblo de la Administración Local y los Servicios Sociales (Local Government and Social Care Ombudsman)
ombudsman-psow = Defensor del Pueblo de los Servicios Públicos de Gales (Public Services Ombudsman for Wales)
ombudsman-spso = Defensor del Pueblo de los Servicios Públicos de Escocia (Scottish Public Services Ombudsman)
ombudsman-nipso = Defensor del Pueblo de los Servicios Públicos de Irlanda del Norte (Northern Ireland Public Services Ombudsman)

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = Si sigue sin estar conforme
# $ombudsman is the Ombudsman's name.
ombudsman-intro = Puede pedir al { $ombudsman } que investigue su queja. Es un servicio gratuito e independiente, y no toma partido por nadie.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } mes desde que supo del problema por primera vez, no { $months } mes desde nuestra respuesta.
    [many] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } meses desde que supo del problema por primera vez, no { $months } meses desde nuestra respuesta.
   *[other] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } meses desde que supo del problema por primera vez, no { $months } meses desde nuestra respuesta.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } mes desde nuestra respuesta final.
    [many] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } meses desde nuestra respuesta final.
   *[other] Normalmente, debe acudir al Defensor del Pueblo en un plazo de { $months } meses desde nuestra respuesta final.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = Según la fecha que nos indicó, eso es a más tardar el { $date }.
ombudsman-early = Normalmente, el Defensor del Pueblo espera que primero terminemos de tramitar su queja. Si no le hemos respondido en un plazo razonable, puede que la examine antes.
ombudsman-ready = Cuando se ponga en contacto con él, tenga a mano su número de referencia, { $reference }, nuestras respuestas y cualquier carta, correo electrónico o documento sobre su queja.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = Si no está conforme con su respuesta, puede pedir al { $body } que lo investigue.
regulator-cqc = Comisión de Calidad de la Atención (Care Quality Commission)
regulator-ciw = Servicio de Inspección de Cuidados de Gales (Care Inspectorate Wales)
regulator-care-inspectorate = Servicio de Inspección de Cuidados de Escocia (Care Inspectorate)
regulator-rqia = Autoridad de Regulación y Mejora de la Calidad (Regulation and Quality Improvement Authority)
regulator-tell-cqc = También puede informar de su queja a la Comisión de Calidad de la Atención (Care Quality Commission). Esta comisión controla la calidad de los servicios de cuidados, pero no investiga quejas individuales.
regulator-tell-ciw = También puede informar de su queja al Servicio de Inspección de Cuidados de Gales (Care Inspectorate Wales). Este organismo controla la calidad de los servicios de cuidados, pero no investiga quejas individuales.
regulator-tell-care-inspectorate = También puede informar de su queja al Servicio de Inspección de Cuidados de Escocia (Care Inspectorate). Este organismo controla los servicios de cuidados y puede investigar una queja sobre alguno de ellos.
regulator-tell-rqia = También puede informar de su queja a la Autoridad de Regulación y Mejora de la Calidad (Regulation and Quality Improvement Authority, RQIA). Esta autoridad controla la calidad de los servicios de cuidados, pero no investiga quejas individuales.

## Which procedure, and why

routing-reason-children = Su queja trata sobre los servicios sociales para niños, por lo que seguirá el procedimiento de quejas de los servicios sociales para niños, que está establecido por ley.
routing-reason-adults = Su queja trata sobre servicios sociales para adultos que organiza el ayuntamiento, por lo que seguirá el procedimiento de quejas de los servicios sociales para adultos, que está establecido por ley.
routing-reason-adults-council-part = Su queja trata sobre el papel del ayuntamiento en sus cuidados, por lo que seguirá el procedimiento de quejas de los servicios sociales para adultos, que está establecido por ley.
routing-reason-adults-own-procedure = Su queja trata sobre servicios sociales para adultos que organiza el ayuntamiento. El ayuntamiento tramita las quejas sobre los servicios sociales para adultos mediante su propio procedimiento de quejas.
routing-reason-adults-council-part-own-procedure = Su queja trata sobre el papel del ayuntamiento en sus cuidados. El ayuntamiento tramita las quejas sobre los servicios sociales para adultos mediante su propio procedimiento de quejas.
routing-reason-general = Su queja seguirá el procedimiento de quejas del ayuntamiento.

## Exit this page

exit-button = Salir de esta página
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Emergencia
exit-hint = O pulse 3 veces la tecla Shift (Mayús). Sus respuestas se borrarán.
exit-shift-count = { $count ->
    [one] Shift: pulse { $count } vez más para salir.
    [many] Shift: pulse { $count } veces más para salir.
   *[other] Shift: pulse { $count } veces más para salir.
}

## Your answers (footer)

answers-heading = Sus respuestas
answers-kept-tab = Sus respuestas se guardan en esta pestaña del navegador hasta que las envíe o cierre la pestaña.
answers-kept-device = Sus respuestas están guardadas en este dispositivo hasta que las envíe o las borre.
answers-shared-warning = Guarde sus respuestas en este dispositivo solo si nadie más lo usa: cualquier persona que lo use podría leerlas.
answers-keep-device = Guardar mis respuestas en este dispositivo
answers-keep-tab = Guardar mis respuestas solo en esta pestaña
answers-clear = Borrar mis respuestas
answers-clear-sure = Esto borra todo lo que nos ha contado hasta ahora. ¿Seguro que quiere hacerlo?
answers-clear-yes = Sí, borrar mis respuestas
answers-clear-no = No, conservarlas
answers-cleared = Sus respuestas se han borrado.
# Links in the footer to pages of the council's own site.
footer-privacy = Aviso de privacidad
footer-accessibility = Declaración de accesibilidad
# The footer link to the council's complaints procedure.
footer-procedure = El procedimiento de quejas del ayuntamiento

## Calendar file

confirmation-calendar = Añadir estas fechas a su calendario (archivo .ics)
ics-summary = { $what } (queja { $reference })
ics-description = Su queja ante { $council }, referencia { $reference }.

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
language-load-failed = Lo sentimos, no hemos podido cargar ese idioma. El servicio se muestra en inglés. Vuelva a intentarlo más tarde.

other-ways-heading = Este formulario en línea necesita JavaScript
other-ways-why = JavaScript está desactivado o bloqueado en su navegador, o su navegador no puede ejecutar este formulario.
other-ways-instead = Aún puede presentar una queja, un elogio o un comentario de una de estas maneras.
other-ways-back = Volver a la página de inicio

## The acknowledgement email (sent by the council's receiver)

acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Gracias por su queja ante { $council }. La hemos recibido y nos ocuparemos de ella a más tardar en las fechas que se indican a continuación. Guarde este correo electrónico.
acknowledgement-intro-feedback = Gracias por su mensaje a { $council }. Lo hemos recibido.
acknowledgement-intro-follow-up = Hemos recibido su solicitud sobre su queja ante { $council }.
acknowledgement-contact = Si tiene alguna pregunta, póngase en contacto con { $council } e indique su número de referencia, { $reference }.
acknowledgement-why = Recibe este correo electrónico porque se facilitó esta dirección al enviar algo mediante el formulario de quejas en línea de { $council }. Si no fue usted, díganoslo.
