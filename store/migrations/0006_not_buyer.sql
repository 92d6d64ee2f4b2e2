-- 0006_not_buyer: mail that is not buyer mail, and direct buyer mail.
--
-- Mail neither relayed from a buyer's marketplace.amazon.<tld> alias nor
-- sent by an Amazon system sender (bounces, newsletters, vendors, personal
-- mail, look-alikes of Amazon) is stored and counted but never drafted.
-- An account may opt in to direct buyer mail: mail from a buyer's own
-- address that names an order id in the orders table is then triaged and
-- drafted, to that address, always for a person to read.

-- classifications.origin: aftersale.Origin. '' relayed by Amazon or sent by
-- Amazon; 'not_buyer_mail' neither (no draft, ever); 'direct_buyer' a buyer's
-- own mail to an account with direct_buyer_mail.
ALTER TABLE classifications ADD COLUMN origin TEXT NOT NULL DEFAULT ''
	CHECK (origin IN ('', 'not_buyer_mail', 'direct_buyer'));

-- Classifier notices that were only ever given to such mail.
UPDATE classifications SET origin = 'not_buyer_mail' WHERE notice IN ('not_buyer_mail', 'phishing');

-- Not buyer mail, newest first (DB.NotBuyerMail, DB.Stats).
CREATE INDEX classifications_not_buyer ON classifications (message_id) WHERE origin = 'not_buyer_mail';

-- messages.drafted is 1 once the drafter is done with a message: it has its
-- drafts row, or it is not buyer mail, which never gets one (MarkNoDraft).
-- Drafts created before this migration stay as they are.
CREATE TRIGGER drafts_not_buyer BEFORE INSERT ON drafts
WHEN EXISTS (SELECT 1 FROM classifications c WHERE c.message_id = NEW.message_id AND c.origin = 'not_buyer_mail')
BEGIN
	SELECT RAISE(ABORT, 'not buyer mail gets no draft');
END;
