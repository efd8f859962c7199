### The email the receiver sends the council's complaints team for each
### submission (REDRESS_TEAM_EMAIL; see docs/submission.md, "Deliveries").
### For staff, so in English only. The wizard's own English messages
### (locales/en-GB.ftl) are there too: the milestones and the support page
### are named as the person saw them.

team-kind = { $kind ->
        [complaint] Complaint
        [compliment] Compliment
        [comment] Comment
       *[follow-up] Follow-up
    }
# The subject line: what it is, its reference and, for a complaint or a
# follow-up, the procedure it goes through.
team-subject = { $kind } { $reference }
team-subject-routed = { $kind } { $reference }: { $procedure }
team-sent = Sent { $day } at { $time } (UK time), in { $language }.
team-language = { $tag ->
        [en-GB] English
        [cy] Welsh
        [pl] Polish
        [ro] Romanian
        [pa] Punjabi
        [ur] Urdu
        [pt-PT] Portuguese
        [es] Spanish
        [ar] Arabic
        [bn] Bengali
       *[other] the language tagged { $tag }
    }
team-received = It counts as received on { $day }.
team-procedure = Procedure: { $procedure }.
team-follow-up-of = About an earlier complaint, reference { $earlier }.
team-follow-up-unnamed = About an earlier complaint: they did not give its reference.
team-at-risk = SAFETY: they said someone is in danger or at risk of harm. They were shown the emergency and safeguarding contacts.
team-support-heading = SUPPORT NEEDED: read this before you contact them
team-dates-heading = Dates
team-date = { $milestone }: by { $due }
team-date-extendable = { $milestone }: by { $due } (at the latest { $latest }, with the longest extension allowed)
team-answers-heading = Their answers, in English (what they typed is as they wrote it)
# When they used another language: every answer as they saw it in that
# language, for staff or an interpreter who read it.
team-answers-theirs-heading = Their answers as they saw them, in { $language }
team-answer-as-in-english = (the same as in English above)
# The files the person attached as evidence.
team-files-attached = Files they attached ({ $count }), attached to this email
team-files-too-large = Files they attached ({ $count }, { $total } in all: too large for one email). Download each from the receiver with the staff token
team-file = { $name } ({ $type }, { $size })
team-size-kb = { NUMBER($kb, maximumFractionDigits: 0) } KB
team-size-mb = { NUMBER($mb, maximumFractionDigits: 1) } MB
team-attached = Attached: the submission as sent ({ $json }), in the format of docs/submission.md.
team-attached-calendar = Attached: the submission as sent ({ $json }), in the format of docs/submission.md, and the dates above as a calendar file ({ $ics }).
team-ics-summary = { $milestone } ({ $kind } { $reference })
team-ics-description = { $kind } { $reference }: see the email sent to the complaints team.
