# Redress: the source messages (English, United Kingdom).
# Every other language is translated from this file. Keep sentences plain:
# GOV.UK style, short words, no jargon. Message ids use the domain's words.

## The service and every page

# The name of the service, shown in the header and page titles.
service-name = Make a complaint or give feedback
council-name = { $council }
# The browser tab title: the page's own title, then the service and the council.
page-title = { $page } – { $service } – { $council }
page-title-start = { $service } – { $council }
skip-link = Skip to main content
loading = Loading…
# A page after the start page could not be fetched (the connection dropped).
page-load-failed-title = This page could not be loaded
page-load-failed-body = Check your internet connection, then try again. Your answers so far have not been lost.
page-load-try-again = Try again

## Start page

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
start-need-help = You can ask someone to help you, or to do this for you. You can take as long as you need to fill in this form, and your answers stay on this device until you send them.
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
contact-website = Website
# One run of opening hours, such as "Monday to Friday, 9:00 to 17:00".
opening-hours = { $days }, { $opens } to { $closes }
# A run of days, such as "Monday to Friday".
opening-days = { $from } to { $to }
# The days of the week, as opening hours name them.
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
opening-any-time = At any time

## When the wizard cannot start

config-error-title = Sorry, this service is not working right now
config-error-body = You can still make a complaint or give feedback by contacting the council by phone, email or post. Please try this service again later.
config-error-emergency = If someone is in immediate danger, call 999.
# Shown if the wizard itself fails (a programming fault), in place of the page.
crash-title = Sorry, something went wrong
crash-body = Your answers have not been lost. Copy or download them below, then reload the page to try again, or contact us another way.
crash-answers = Your answers so far
crash-download = Download your answers

## Exit this page

exit-button = Exit this page
# Read out before the button's text, so its purpose is clear to screen reader users.
exit-emergency = Emergency
exit-hint = Or press Shift 3 times. Your answers will be cleared.
exit-shift-count = { $count ->
    [one] Shift, press { $count } more time to exit.
   *[other] Shift, press { $count } more times to exit.
}

## Your answers (footer)

answers-heading = Your answers
answers-kept-tab = Your answers are kept in this browser tab until you send them or close the tab.
answers-kept-device = Your answers are saved on this device until you send them or clear them.
answers-shared-warning = Only save your answers on this device if nobody else uses it: anyone who uses it could read them.
answers-keep-device = Save my answers on this device
answers-keep-tab = Keep my answers in this tab only
answers-clear = Clear my answers
answers-clear-sure = This removes everything you have told us so far. Are you sure?
answers-clear-yes = Yes, clear my answers
answers-clear-no = No, keep them
answers-cleared = Your answers have been cleared.
# Links in the footer to pages of the council's own site.
footer-privacy = Privacy notice
footer-accessibility = Accessibility statement
# The footer link to the council's complaints procedure.
footer-procedure = The council’s complaints procedure

## Languages
# Each language is named in itself (its autonym), in every file: do not translate these.

language-label = Language
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
language-load-failed = Sorry, we could not load that language. The service is shown in English instead. Try again later.

### Later pages: the messages below come with the later pages' chunk, not
### with the first load. Any message the start page, the page frame (header,
### language switcher, footer, Exit this page) or the loading and error pages
### use must be above this line (the build splits the file here).

## Shared by question pages

continue = Continue
back = Back
answer-yes = Yes
answer-no = No
error-summary-title = There is a problem
# Read out before each error message, hidden on screen.
error-prefix = Error:
# Put in front of the page title while the page shows errors.
page-title-error = Error: { $title }
character-count-remaining = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
character-count-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}
date-day = Day
date-month = Month
date-year = Year
date-error-month = Enter the month, as a number from 1 to 12
date-error-year = Enter the year, with 4 numbers, like 2025
date-error-real = Enter a real date, like 27 3 2025, or just the month and year, like 3 2025
date-error-future = The date must be today or in the past

## What would you like to do?

kind-question = What would you like to do?
kind-complaint = Make a complaint
kind-complaint-hint = Something has gone wrong, or you are unhappy with a service, a decision or how you were treated.
kind-compliment = Give a compliment
kind-compliment-hint = Tell us about something we did well, or someone who helped you.
kind-comment = Make a comment or suggestion
kind-comment-hint = Tell us how we could do things better.
kind-follow-up = Follow up a complaint you have already made
kind-follow-up-hint = Ask for the next stage, remind us about an answer that is late, or find out when you can go to the Ombudsman.
kind-error = Select what you would like to do

## Is anyone at risk?

safety-question = Is anyone in danger or at risk of harm?
safety-hint = This could be you, a child, or an adult who needs care and support.
safety-error = Select yes if anyone is in danger or at risk of harm
safety-advice-heading = Get help now
safety-advice-emergency = If someone is in immediate danger, call { $number } now.
safety-advice-safeguarding = If you are worried about the safety of a child or an adult who needs care and support, call our social care teams. They can act straight away. A complaint takes longer.
safety-advice-carry-on = You can still make a complaint as well.
safety-advice-history = The Exit this page button does not delete your browser’s history. If someone else may look at this device, delete the history when you have finished, or use a private browsing window.
safety-advice-continue = Continue with my complaint

## Who is it for?

who-question = Who is the complaint for?
who-myself = Me
who-someone-else = Someone else
who-someone-else-hint = For example, a relative, a friend or someone you care for.
who-professional = I am an advocate or professional acting for someone
who-professional-hint = For example, an advocate, a social worker from another organisation or a solicitor.
who-error = Select who the complaint is for
representation-heading = About the person you are complaining for
their-name-label = Their full name
their-name-error = Enter the full name of the person you are complaining for
their-name-too-long = Their name must be { $max } characters or fewer
relationship-label = How do you know them?
relationship-hint = For example, “my mother”, “my neighbour” or “I am their advocate”.
relationship-error = Enter how you know the person
relationship-too-long = How you know them must be { $max } characters or fewer
consent-question = Have they agreed to you making this complaint for them?
consent-hint = We need their permission to deal with you about their complaint and to look at their records. Even with their permission, we may not be able to tell you everything about what we find or do.
consent-given = Yes, they have agreed
consent-child = They cannot agree, because they are a child
consent-lacks-capacity = They cannot agree, because they are not able to make this decision
consent-lacks-capacity-hint = For example, because of dementia or a serious illness.
consent-died = They cannot agree, because they have died
consent-not-yet = Not yet
consent-error = Select whether they have agreed to you making this complaint
consent-advice-heading = We will need their permission
consent-advice-permission = Before we can look into the complaint, we will need the person’s permission to deal with you. We will get in touch about how to give it.
consent-advice-outcome = Even with their permission, we may not be able to tell you everything about what we find or do, to protect their privacy.
consent-advice-carry-on = You can carry on and tell us about the complaint now.
consent-advice-continue = Continue

## What is it about?

topic-question = What is your complaint about?
topic-children = Children’s social care
topic-children-hint = For example, a social worker for a child or family, fostering, adoption or a children’s home.
topic-adults = Adult social care
topic-adults-hint = For example, help at home, a care home, a care assessment or direct payments.
topic-other = Another council service
topic-other-hint = For example, housing, bins and recycling, roads, council tax or schools admissions. This includes services that other organisations provide for us.
topic-child-protection = A decision made at a child protection conference
topic-court = Something a court has decided or is deciding
topic-first-request = Asking for a service for the first time
topic-first-request-hint = For example, asking for a care assessment or reporting a missed bin for the first time.
topic-error = Select what your complaint is about
care-question = Who arranges the care?
care-council = The council arranges it
care-council-hint = Even if you pay some or all of the cost.
care-self-funded = I arrange and pay for it myself, or my family does
care-error = Select who arranges the care
self-funded-heading = If you arrange and pay for your own care
self-funded-provider = Complain to the care provider first: the home care agency or care home.
self-funded-question = Is your complaint about something the council did?
self-funded-hint = For example, a care assessment, a decision about paying for care, or information we gave you.
self-funded-error = Select yes if your complaint is about something the council did

## Where to go instead

signpost-conference-heading = Child protection conference decisions have their own process
signpost-conference-body = The complaints procedure cannot change a decision made at a child protection conference.
signpost-conference-next = Speak to the conference chair or the social worker about challenging the decision. You can still complain about how the council treated you, for example how a meeting was run.
signpost-court-heading = Courts deal with court matters
signpost-court-body = The complaints procedure cannot look into something a court has decided or is deciding.
signpost-court-next = Speak to your solicitor or to the court. You can still complain about something the council did that is not part of the court case.
signpost-request-heading = Ask the service first
signpost-request-body = Asking for a service for the first time is a request, not a complaint.
signpost-request-next = Contact the service and ask. If they do not help, or you are unhappy with their answer, you can then make a complaint.
signpost-provider-heading = Complain to your care provider
signpost-provider-body = If you arrange and pay for your own care, complain to the care provider first.
# Northern Ireland: Health and Social Care Trusts, not councils, run social care.
signpost-trust-heading = Complain to your Health and Social Care Trust
signpost-trust-body = In Northern Ireland, social care for children and adults is run by the Health and Social Care Trusts, not by the council. Complain to the Trust that provides the care: it has its own complaints procedure.
signpost-change = Change your answer
signpost-contact-heading = If you are not sure, contact us

## Talking to the service first

talked-question = Have you already talked to the service about this?
talked-hint = For example, the person or team you usually deal with, or their manager.
talked-error = Select yes if you have already talked to the service
talk-first-heading = Talking to the service often sorts things out quickly
talk-first-quick = { $procedure ->
    [children] Most problems with children’s social care are sorted out “on the spot” by the person you deal with, or by their manager within 10 working days.
    [adults] If you tell the service what is wrong, they may be able to put it right by the next working day.
   *[other] Our complaints team will first try to sort out your complaint quickly and informally with the service. This is called early resolution.
}
talk-first-carry-on = You do not have to talk to the service first. You can carry on with your complaint now.
talk-first-continue = Continue with my complaint

## When did it happen?

when-heading = When did it happen?
when-happened = When it happened, or when it started
when-happened-hint = For example, 27 3 2025. If you do not know the day, enter just the month and year.
when-still-happening = It is still happening
when-found-out = When you found out about it, if that was later (optional)
when-found-out-hint = For example, 3 2025. Leave this empty if you knew when it happened.
when-error-missing = Enter when it happened, or select that it is still happening
when-error-found-out-before = When you found out must be the same as or after when it happened
late-question = Why are you making the complaint now?
late-hint = { $months ->
    [one] Complaints are normally made within { $months } month of when something happened or when you found out about it. We can still look into it if there is a good reason it was not made sooner, for example illness or not knowing you could complain, and it is still possible to look into it fairly and properly.
   *[other] Complaints are normally made within { $months } months of when something happened or when you found out about it. We can still look into it if there is a good reason it was not made sooner, for example illness or not knowing you could complain, and it is still possible to look into it fairly and properly.
}
# For a procedure whose time limit counts from when it happened only (not from when the person found out).
late-hint-happened = { $months ->
    [one] Complaints are normally made within { $months } month of when something happened. We can still look into it if there is a good reason it was not made sooner, for example illness or not knowing you could complain, and it is still possible to look into it fairly and properly.
   *[other] Complaints are normally made within { $months } months of when something happened. We can still look into it if there is a good reason it was not made sooner, for example illness or not knowing you could complain, and it is still possible to look into it fairly and properly.
}
late-error = Tell us why you are making the complaint now
late-too-long = Your answer must be { $max } characters or fewer

## Your complaint or message

service-question = Which service or team is it about?
service-hint = For example, children’s social work, home care or housing repairs. If you are not sure, tell us what you can.
service-error = Enter which service or team it is about
service-too-long = The service must be { $max } characters or fewer
message-question = What would you like to tell us?
message-hint = If it is about a person, include their name if you know it.
message-error = Enter what you would like to tell us
message-too-long = Your message must be { $max } characters or fewer
what-happened-question = What happened?
what-happened-hint = Tell us what went wrong, when, and who was involved. Include anything you think will help us understand.
what-happened-error = Enter what happened
what-happened-too-long = What happened must be { $max } characters or fewer
put-right-question = What would you like us to do to put things right?
put-right-hint = For example, an apology, a decision looked at again, or a change to a service.
put-right-error = Enter what you would like us to do to put things right
put-right-too-long = Your answer must be { $max } characters or fewer

## Letters, photos or documents: the optional page after "What happened?"
## $name is a file's name as it is on the person's device. $size, $each,
## $total and $limit are sizes written out with file-size-kb or file-size-mb.
## $kinds is a list of evidence-kind-* names.

evidence-question = Add letters, photos or documents
evidence-hint = You do not have to add anything. If you have something that shows what happened, such as a letter, a care plan, a bill or a photo, you can add it here.
evidence-rules = You can add up to { $files } files. Each file must be smaller than { $each }, and all of them together smaller than { $total }.
evidence-kinds = File types you can add: { $kinds }
evidence-photos = Before a JPEG photo leaves your device, we take out where it was taken and other hidden details. The picture itself is not changed. Other files, including other kinds of photo, are sent as they are.
evidence-choose = Choose files
evidence-drop = or drop files here
evidence-added-heading = Files added
evidence-remove = Remove
evidence-adding = Adding { $name }…
evidence-added = { $name } added
evidence-removed = { $name } removed
evidence-kind-pdf = PDF
evidence-kind-jpeg = JPEG
evidence-kind-png = PNG
evidence-kind-heic = HEIC
evidence-kind-word = Word
evidence-kind-word-legacy = Word (older)
evidence-kind-text = text
file-size-kb = { NUMBER($size, maximumFractionDigits: 0) } KB
file-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
evidence-file = { $name } ({ $size })
attachment-error-empty = { $name } is empty
attachment-error-too-big = { $name } must be smaller than { $limit }
attachment-error-type = { $name } is not a type of file you can add. It must be: { $kinds }
attachment-error-too-many = { $name } was not added: you can add up to { $limit } files
attachment-error-total = { $name } was not added: all your files together must be smaller than { $limit }
attachment-error-duplicate = { $name } has already been added
attachment-error-photo = { $name } could not be read as a photo. Save it again or choose another file
attachment-error-unreadable = { $name } could not be read. Choose it again
attachment-error-lost = { $name } is no longer on this device. Add it again or remove it

## How you would like it handled

handling-question = How would you like us to deal with your complaint?
handling-hint = We will talk to you about this and agree it with you.
handling-error = Select how you would like us to deal with your complaint
resolution-on-the-spot = Sort it out straight away with the person I deal with
resolution-local = Ask a manager to look at it quickly
resolution-next-working-day = Try to put it right by the next working day
resolution-early = Try to sort it out quickly and informally first
resolution-meeting = Talk it through at a meeting
resolution-formal-investigation = A formal investigation, with a written response
# Shown under "Try to put it right by the next working day": the consequence, before the person chooses it.
resolution-next-working-day-hint = If it is put right to your satisfaction by the end of the next working day, it is not registered as a complaint, and you cannot raise the same thing through the complaints procedure later.
# Shown under a formal investigation where the procedure starts it at Stage 2 only if the council agrees.
resolution-stage2-first-hint = For serious matters. We will tell you if we agree to start with a formal investigation. If we do not, the first stage looks at it first.
# Shown under a formal investigation where choosing it skips early resolution.
resolution-skip-early-hint = We will not try to sort it out informally first: your complaint goes straight to a Stage 1 investigation.
meeting-question = Would you like to meet us to talk about your complaint?
meeting-hint = This can be in person, by phone or by video call.
meeting-error = Select yes if you would like to meet us

## Your records

records-question = Can we look at the records we hold about this?
records-hint = To look into your complaint properly, we need to see the records we hold about you, or about the person you are complaining for. Only the people looking into your complaint will see them. If we need to talk to the NHS or to organisations that provide services for us, such as care homes, we will ask your permission before we share your information with them.
records-error = Select yes if we can look at the records

## Confidentiality

confidentiality-heading = Keeping things confidential
confidentiality-who = Only the people who need to know will see your complaint: the people looking into it and the people who can put things right.
confidentiality-limit = If you tell us about a crime, or about a risk to the safety of a child or an adult who needs care and support, we cannot keep it secret. We will help make sure the right people are told and the right action is taken.
confidential-question = Is there anything you would like us to keep confidential?
confidential-hint = We will try to respect your wishes, but it may make it harder to find out what happened and put things right.
confidential-error = Select yes if there is anything you would like us to keep confidential
confidential-detail-label = What would you like us to keep confidential? (optional)
confidential-detail-too-long = Your answer must be { $max } characters or fewer

## Support

support-heading = Help and support
support-question = Do you need any of these to take part in your complaint?
support-hint = Select all that apply.
support-interpreter = An interpreter
support-bsl = A British Sign Language (BSL) interpreter
support-braille = Letters in Braille
support-large-print = Letters in large print
support-easy-read = Easy read documents
support-audio = Audio recordings
support-advocacy = Help from an advocate or support organisation
interpreter-language-label = Which language?
interpreter-language-error = Enter the language you need an interpreter for
advocacy-intro = These organisations can help you have your say. They are independent of the council. You can contact them yourself, or we can put you in touch.
reply-language-label = Which language would you like us to write to you in? (optional)
reply-language-hint = Leave this empty to get replies in the language you are using now.
helper-label = Is someone helping you with your complaint? (optional)
helper-hint = Tell us their name, so we know who they are if they contact us.
contact-too-long = This must be { $max } characters or fewer

## Contact details

contact-heading = Your contact details
contact-heading-optional = If you would like a reply
contact-optional-intro = You do not have to give your name or contact details. Without them we cannot reply to you.
full-name-label = Full name
full-name-label-optional = Full name (optional)
full-name-error = Enter your full name
contact-method-question = How would you like us to contact you?
contact-method-hint = Select all that apply.
contact-method-hint-optional = Select all that apply, or leave them all if you do not want a reply.
contact-method-error = Select at least one way we can contact you
contact-by-email = Email
contact-by-phone = Phone
contact-by-post = Post
email-label = Email address
email-error-empty = Enter your email address
email-error-format = Enter an email address in the correct format, like name@example.com
phone-label = Phone number
phone-hint = For international numbers include the country code.
phone-error-empty = Enter your phone number
phone-error-format = Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192
best-time-label = When is the best time to call you? (optional)
best-time-hint = For example, weekday mornings.
address-line1-label = Address line 1
address-line1-error = Enter the first line of your address
address-line2-label = Address line 2 (optional)
address-town-label = Town or city
address-town-error = Enter your town or city
postcode-label = Postcode
postcode-error-empty = Enter your postcode
postcode-error-format = Enter a real postcode, like S70 2TA

## Check your answers

check-heading = Check your answers before sending
check-change = Change
check-found-out = Found out: { $date }
check-meeting-yes = I would like a meeting
check-meeting-no = I do not need a meeting
check-interpreter = Interpreter: { $language }
check-reply-language = Reply in: { $language }
check-helper = Helped by: { $name }
check-no-support = No support needed
check-no-evidence = No files added
check-no-reply = No reply wanted
check-reply-by = Reply by: { $ways }
check-send-heading-complaint = Now send your complaint
check-send-heading-feedback = Now send your message
check-send-body = By sending this you confirm that what you have told us is true, as far as you know.
check-send-complaint = Send complaint
check-send-feedback = Send
check-send-heading-follow-up = Now send your request
check-send-follow-up = Send request
check-earlier-reference = Reference: { $reference }
check-complained = Complained: { $date }
check-sending = Sending…
# While the person's files are sent, before their answers.
check-sending-file = Sending file { $number } of { $count }…
check-send-failed = It has not been sent yet
check-send-kept = Your answers are still here: nothing has been lost.

## Sending: what is happening, and what to do if it does not work

send-problem-unreachable = We could not reach the council’s system. Check you are online.
send-problem-timed-out = The council’s system took too long to answer.
send-problem-server = The council’s system had a problem.
send-problem-busy = The council’s system is busy just now.
send-problem-rejected = The council’s system could not accept it, and trying again will not help. Download a copy of your answers or send them by email instead.
# Follows one of the send-problem messages while waiting to try again.
send-retrying = { $seconds ->
    [one] Trying again in { $seconds } second.
   *[other] Trying again in { $seconds } seconds.
}
send-offline = You are offline. It will be sent as soon as you are back online: keep this page open.
send-try-again = Try again
send-download-copy = Download a copy of your answers
send-by-email = Send it by email instead
# Shown when the council takes submissions by email only.
send-email-explain = Your email program will open with your answers written out, addressed to us. It reaches us when you send that email.
send-email-open = Open an email with my answers
send-email-too-long = Your answers are too long to fit in one email link, so the email will have only the start of them. Download a copy of your answers and attach it to the email.
send-email-rest-attached = [My answers are too long for one email link: the rest is in the copy I have attached.]
send-email-attach = We cannot put your files into the email for you. Attach these to it yourself before you send it:
send-email-kept = Your answers stay here until you tell us the email has gone.
send-email-done = I have sent the email

## The copy of the answers, in an email or a downloaded file (plain text)

copy-subject-complaint = Complaint { $reference }
copy-subject-compliment = Compliment { $reference }
copy-subject-comment = Comment or suggestion { $reference }
copy-subject-follow-up = Follow-up of a complaint { $reference }
copy-reference = Reference: { $reference }
copy-sent = Sent: { $time } (UK time)
copy-english-heading = In English, for the council’s staff:
copy-id = Submission ID: { $id }

## Confirmation

confirmation-heading-complaint = Complaint sent
confirmation-heading-feedback = Message sent
confirmation-heading-follow-up = Request sent
# $stage is the name of the stage asked for.
confirmation-follow-up-next = You asked for “{ $stage }”. These dates count from today.
confirmation-follow-up-chase = We have your reminder. We will tell you why our answer is late and when you will have it.
confirmation-reference = Your reference
# Shown when the answers went by the person's email program.
confirmation-by-email = It reaches us when your email arrives. If it did not go, write to { $email } and quote your reference, { $reference }.
confirmation-not-sent = This is a test version of the service. What you sent was kept by a test receiver on this computer and has not reached { $council }.
confirmation-next-heading = What happens next
confirmation-feedback-next = We will pass your message on to the service. If you asked for a reply, we will be in touch.
confirmation-copy-heading = A copy of your answers
confirmation-print = Print this page
confirmation-start-again = Make another complaint or give more feedback

## Following up a complaint already made

earlier-heading = About your complaint
earlier-reference = Your reference (optional)
earlier-reference-hint = It is in the email or letter you got when you complained, for example RDX-7K3P-Q9MA. You can leave this empty.
earlier-reference-too-long = Your reference must be { $max } characters or fewer
earlier-complained = When did you complain?
earlier-complained-hint = For example, 20 11 2026. If you do not know the day, enter just the month and year.
earlier-complained-error = Enter when you complained, or just the month and year
standing-question = Where is your complaint now?
standing-waiting = I am waiting for your answer
standing-answered = I have had your answer
standing-extended = You told me you need more time, and gave me a new date
standing-error = Select where your complaint is now
earlier-stage-question-waiting = Which stage is your complaint at?
earlier-stage-question-answered = Which stage was our answer for?
earlier-stage-hint = Our letters and emails to you say which stage it is.
earlier-stage-error = Select the stage
stage-date-answered = When did our answer arrive?
stage-date-asked = When did you ask for this stage?
stage-date-hint = For example, 20 11 2026. If you do not know the day, enter just the month and year.
stage-date-error = Enter the date, or just the month and year
stage-date-error-before = The date must be the same as or after the day you complained
extended-to-question = What new date did we give you?
extended-to-hint = For example, 29 1 2027.
extended-to-error = Enter the new date, including the day
extended-to-error-real = Enter a real date, like 29 1 2027
extended-to-error-before = The new date must be after the day you asked for this stage
follow-up-answer-heading = Your complaint: what you can do now
# Shown when the dates given cannot be put together (for example, a procedure changed since).
follow-up-undated = We cannot work out the dates from your answers. Check the dates you gave us.
follow-up-error-complained-after = The day you complained is after the day you gave for this stage. Check both dates.
follow-up-error-extended-before = The new date we gave you is before the day you asked for this stage. Check both dates.
follow-up-check-dates = Check the dates
follow-up-late-heading = Our answer is late
follow-up-late = We should have sent you our answer by { $date }.
follow-up-late-what = You can send us a reminder below. We will tell you why our answer is late and when you will have it.
follow-up-due-heading = When our answer is due
follow-up-due = We should send you our answer by { $date }.
# The due day depends on the day in the month the person gave.
follow-up-due-depends = Our answer is due between { $earliest } and { $latest }, depending on the day you asked. If it has not arrived by then, it is late.
follow-up-due-extended = This is the new date we gave you.
follow-up-due-allowed = If we need more time, our procedure allows us until { $date } at the latest, and we will tell you why.
follow-up-due-beyond-allowed = This is later than our procedure allows: { $date } at the latest. You can ask us why.
follow-up-due-wait = If it has not arrived by then, come back here to send us a reminder.
# $stage is the next stage's name.
follow-up-next-heading = Asking for “{ $stage }”
follow-up-next-council-decides = We decide whether this stage goes ahead. If it does not, we will write to tell you why.
follow-up-ask-by = Ask by { $date }.
follow-up-ask-by-depends = The last day to ask is between { $earliest } and { $latest }, depending on the day our answer arrived. Ask as soon as you can.
follow-up-ask-by-passed = The last day to ask was { $date }. You can still ask: tell us why you are asking now. We decide whether to accept a late request, and if we do not, the Ombudsman may still look at your complaint.
follow-up-ask-by-none = There is no last day to ask, but it helps to ask soon, while things are fresh.
follow-up-if-asked-today = If you ask today:
follow-up-ombudsman-heading = Going to the Ombudsman
# $ombudsman is the Ombudsman's name.
follow-up-ombudsman-now = You can ask the { $ombudsman } to look into your complaint now. It is free and independent, and it does not take sides.
# Follows ombudsman-window-notice: the latest the last day can be, counted from when the person complained or got the answer.
follow-up-ombudsman-by-notice = That is by { $date } at the latest, and earlier if you knew about the problem before you complained.
follow-up-ombudsman-by = That is by { $date }.
follow-up-ombudsman-passed = That day has passed. They may still look at your complaint if there is a good reason you could not go to them sooner: tell them what it is.
# $stage is the stage after which the Ombudsman normally looks at a complaint.
follow-up-ombudsman-after = The { $ombudsman } normally looks at a complaint once we have finished with it: after “{ $stage }”.
follow-up-request-question = What would you like to do?
follow-up-request-next = Ask for the next stage
follow-up-request-chase = Send us a reminder
follow-up-request-chase-hint = Ask why our answer is late and when you will have it.
follow-up-request-error = Select what you would like to do
unresolved-question = What are you still unhappy about?
unresolved-hint = Tell us what in our answer you disagree with, what is still not put right, and what you would like to happen. If you are asking after the last day, tell us why.
unresolved-error = Enter what you are still unhappy about
unresolved-too-long = What you are still unhappy about must be { $max } characters or fewer

## What happens next: dates
##
## $due, $latest, $earliest and $date in these and the follow-up messages
## are days, written out in full in the page's language ("Friday, 27 March
## 2026"). Where the language's full date does not read well mid-sentence,
## choose its parts with DATETIME, e.g.
## { DATETIME($due, day: "numeric", month: "long", year: "numeric") }
## (see cy.ftl). Numbers ($months, $count, $max) are written in the
## language's digits; NUMBER($count, type: "ordinal") selects ordinals.

timeline-due = { $what }: by { $due }
timeline-due-extendable = { $what }: by { $due }, or by { $latest } at the latest if it needs more time
timeline-waiting = { $what }: we will tell you the date
# A stage with no set timescale, such as sorting it out on the spot.
timeline-no-date = There is no set date for this: we will be in touch.
# The person asked to start at a later stage, which needs the council's agreement. $stage and $otherwise are stage names.
timeline-needs-agreement = You asked us to start at “{ $stage }”. We will tell you if we agree. If we do not, your complaint starts at “{ $otherwise }”.
# The first line under a stage that only happens if the council does not agree to start later.
timeline-if-not-agreed = Only if we do not agree to start at “{ $stage }”.

## Procedures, stages, milestones and Ombudsmen (named in the procedures' data)

procedure-adult-statutory-england = Adult social care complaints procedure
procedure-children-statutory-england = Children’s social care complaints procedure
procedure-general-barnsley = The council’s complaints procedure
procedure-general-council-000 = The council’s complaints procedure
procedure-lgsco-complaint-handling-code = The council’s complaints procedure
procedure-northern-ireland-nipso-model = The council’s complaints procedure
procedure-scotland-spso = The complaints handling procedure
procedure-wales-psow-model = The council’s complaints procedure
procedure-wales-social-services = Social services complaints procedure
stage-adult-complaint = Your complaint
stage-early-resolution = Early resolution
stage-formal-investigation = Stage 2: formal investigation
stage-informal-resolution = Stage 1: informal resolution
stage-frontline-response = Stage 1: quick response
stage-independent-investigation = Stage 2: independent investigation
stage-investigation = Stage 1: investigation
stage-local-resolution = Stage 1: a manager looks at it
stage-next-working-day = Putting it right by the next working day
stage-on-the-spot = Sorting it out on the spot
stage-review = Stage 2: review
stage-review-panel = Stage 3: independent review panel
# What happens at each of these stages, shown under its name on the confirmation page.
stage-independent-investigation-about = Someone from outside the team looks into your complaint and writes a report. A senior manager then sends you our answer.
stage-review-panel-about = Three independent people look at the whole situation and meet you to hear what you have to say. They decide whether the investigation was fair, whether its conclusions were reasonable, and whether more can be done.
stage-review-about = If you are not happy with our Stage 1 answer, our team works with you on what you feel is still unanswered. A review is not another investigation. A senior director decides whether there will be one; if not, we write to tell you why.
stage-stage1 = Stage 1
stage-stage2 = Stage 2
stage-stage2-investigation = Stage 2: investigation
stage-talk-to-the-service = Talking to the service
milestone-acknowledgement = We tell you we have your complaint and offer to meet
milestone-completion = We finish looking into your complaint
milestone-early-resolution = We aim to sort it out
milestone-next-working-day-resolution = We aim to put it right
milestone-stage1-acknowledgement = We tell you we have your complaint
milestone-stage1-contact = Our team contacts you
milestone-stage1-discussion = We talk with you about how to resolve it
milestone-stage1-response = We send you our answer
milestone-stage2-acknowledgement = We tell you we have your request for Stage 2
milestone-stage2-response = We send you the investigation’s report and our answer
milestone-stage2-review = We finish the review
milestone-stage3-panel-meeting = The review panel meets
milestone-stage3-panel-report = The review panel sends its report
# The time the person has to ask for Stage 2, counted from the Stage 1 answer. $count is a number of working days.
milestone-stage2-request = { $count ->
    [one] You can ask for Stage 2 up to { $count } working day after our Stage 1 answer.
   *[other] You can ask for Stage 2 up to { $count } working days after our Stage 1 answer.
}
# The time the person has to ask for a review panel, counted from the Stage 2 answer. $count is a number of working days.
milestone-stage3-request = { $count ->
    [one] You can ask for a review panel up to { $count } working day after our Stage 2 answer.
   *[other] You can ask for a review panel up to { $count } working days after our Stage 2 answer.
}
milestone-stage3-response = We answer the panel’s report
ombudsman-lgsco = Local Government and Social Care Ombudsman
ombudsman-psow = Public Services Ombudsman for Wales
ombudsman-spso = Scottish Public Services Ombudsman
ombudsman-nipso = Northern Ireland Public Services Ombudsman

## Beyond the council: the Ombudsman and the care regulators

ombudsman-heading = If you are still unhappy
# $ombudsman is the Ombudsman's name.
ombudsman-intro = You can ask the { $ombudsman } to look into your complaint. It is free and independent, and it does not take sides.
# England, Wales and Scotland: the months count from when the person first knew about the problem, not from the council's answer.
ombudsman-window-notice = { $months ->
    [one] You should normally go to them within { $months } month of when you first knew about the problem, not { $months } month from our answer.
   *[other] You should normally go to them within { $months } months of when you first knew about the problem, not { $months } months from our answer.
}
# Northern Ireland: the months count from the council's final answer.
ombudsman-window-final-response = { $months ->
    [one] You should normally go to them within { $months } month of our final answer.
   *[other] You should normally go to them within { $months } months of our final answer.
}
# Follows ombudsman-window-notice: the last day, from the date the person gave for when it happened or when they found out.
ombudsman-window-date = From the date you gave us, that is by { $date }.
ombudsman-early = They normally expect us to finish dealing with your complaint first. If we have not answered you in a reasonable time, they may look at it sooner.
ombudsman-ready = When you contact them, have ready your reference, { $reference }, our answers to you, and any letters, emails or papers about your complaint.
# Social care outside the council's procedure: after the care provider's (or Trust's) answer. $body is the Ombudsman's or the Care Inspectorate's name.
after-their-answer = If you are not happy with their answer, you can ask the { $body } to look into it.
regulator-cqc = Care Quality Commission
regulator-ciw = Care Inspectorate Wales
regulator-care-inspectorate = Care Inspectorate
regulator-rqia = Regulation and Quality Improvement Authority
regulator-tell-cqc = You can also tell the Care Quality Commission about your complaint. It checks the quality of care services, but it does not look into individual complaints.
regulator-tell-ciw = You can also tell Care Inspectorate Wales about your complaint. It checks the quality of care services, but it does not look into individual complaints.
regulator-tell-care-inspectorate = You can also tell the Care Inspectorate about your complaint. It checks care services, and it can look into a complaint about one.
regulator-tell-rqia = You can also tell the Regulation and Quality Improvement Authority (RQIA) about your complaint. It checks the quality of care services, but it does not look into individual complaints.

## Which procedure, and why

routing-reason-children = Your complaint is about children’s social care, so it will follow the children’s social care complaints procedure, which is set by law.
routing-reason-adults = Your complaint is about adult social care that the council arranges, so it will follow the adult social care complaints procedure, which is set by law.
routing-reason-adults-council-part = Your complaint is about the council’s part in your care, so it will follow the adult social care complaints procedure, which is set by law.
routing-reason-adults-own-procedure = Your complaint is about adult social care that the council arranges. The council deals with adult social care complaints through its own complaints procedure.
routing-reason-adults-council-part-own-procedure = Your complaint is about the council’s part in your care. The council deals with adult social care complaints through its own complaints procedure.
routing-reason-general = Your complaint will follow the council’s complaints procedure.

## Calendar file

confirmation-calendar = Add these dates to your calendar (.ics file)
ics-summary = { $what } (complaint { $reference })
ics-description = Your complaint to { $council }, reference { $reference }.

## The page Start leads to when this online form cannot run (no JavaScript,
## or a browser that cannot run it): prerendered only, never drawn by the wasm.

other-ways-heading = This online form needs JavaScript
other-ways-why = JavaScript is turned off or blocked in your browser, or your browser cannot run this form.
other-ways-instead = You can still make a complaint, pay a compliment or make a comment in one of these ways.
other-ways-back = Back to the start page

## The acknowledgement: the email the council's receiver sends the person
## once what they sent is kept, when the council turns it on (never drawn by
## the wasm). It also uses "Your reference", "What happens next", the
## timeline's lines and the contact labels above.

# The subject line. $what is the confirmation page's heading (such as
# "Complaint sent").
acknowledgement-subject = { $what }: { $reference }
acknowledgement-intro-complaint = Thank you for your complaint to { $council }. We have it, and we will deal with it by the dates below. Please keep this email.
acknowledgement-intro-feedback = Thank you for your message to { $council }. We have it.
acknowledgement-intro-follow-up = We have your request about your complaint to { $council }.
# Before the council's phone number, email address and postal address.
acknowledgement-contact = If you have a question, contact { $council } and quote your reference, { $reference }.
acknowledgement-why = You are getting this email because this address was given when something was sent to { $council } using its online complaints form. If that was not you, please tell us.
