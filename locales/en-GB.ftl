# Redress: the source messages (English, United Kingdom).
# Every other language is translated from this file. Keep sentences plain:
# GOV.UK style, short words, no jargon. Message ids use the domain's words.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Make a complaint or give feedback
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
skip-link = Skip to main content
loading = Loading…

## Start page

start-title = Make a complaint or give feedback
start-heading = Make a complaint or give feedback to { $council }
start-intro = Use this service to tell us what you think about one of our services, including children’s and adult social care.
start-you-can = You can:
start-can-complain = make a complaint
start-can-compliment = give a compliment
start-can-comment = make a comment or suggestion
start-hear-from-you = We want to hear when things go wrong and when we get them right. Telling us is not “making a fuss”.
start-button = Start now
start-talk-first-heading = Before you start
start-talk-first = It often helps to talk to the person or team you deal with first: many problems can be sorted out straight away. You can still use this service if you have not, or if talking did not help.
start-need-heading = What you will need
start-need-what = what happened, and roughly when
start-need-service = which service or team it is about
start-need-outcome = what you would like us to do to put things right
start-need-contact = your contact details, if you would like a reply
start-need-help = You can ask someone to help you, or to do this for you. There is no time limit, and your answers stay on this device until you send them.
start-risk-heading = Is someone at risk of harm right now?
start-risk-emergency = If someone is in immediate danger, call { $number }.
start-risk-adults = Worried about an adult
start-risk-children = Worried about a child
start-risk-out-of-hours = Outside office hours, call the emergency duty team
start-other-ways-heading = Other ways to get in touch

## Contact details

contact-phone = Phone
contact-email = Email
contact-post = Write to
contact-in-person = Visit us
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens } to { $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } to { $to }
opening-any-time = At any time

## When the wizard cannot start

config-error-title = Sorry, this service is not working right now
config-error-body = You can still make a complaint or give feedback by contacting the council by phone, email or post. Please try this service again later.
config-error-emergency = If someone is in immediate danger, call 999.
