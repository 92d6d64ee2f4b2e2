"""Amazon system notices (wrapper text). Buyer comments inside are passed in per scenario."""
def return_auth(reason, comment, qty=1, uk=False):
    def f(oid, asin, product, name, tld):
        word = "authorisation" if uk else "authorization"
        body = (f"Dear Seller,\n\nThis is a notification that {name} has requested a return. The return has been authorized according to Amazon's return policy.\n\n"
                f"Order ID: {oid}\n\nOrder Item\tASIN\tSKU\tReturn Quantity\tReturn Reason\tCustomer's Comment\n{product}\t{asin}\tSKU-{asin[-5:]}\t{qty}\t{reason}\t{comment}\n\n"
                "Return Shipping Label: Amazon prepaid label\n\nThis is an automated message; please do not reply.\n")
        return (f"Amazon <order-update@amazon.{tld}>", f"Return {word} notification for order # {oid}", body)
    return f
def return_received(note=""):
    def f(oid, asin, product, name, tld):
        return (f"Amazon <order-update@amazon.{tld}>", f"Return delivered to you for order {oid}",
                f"Hello,\n\nThe return for the order below has been delivered to your return address.\n\nOrder ID: {oid}\nItem: {product}\nASIN: {asin}\nReturn Quantity: 1\n{note}\nPlease inspect the item and issue the refund within two business days of receipt.\n\nThis is an automated message; please do not reply.\n")
    return f
def refund_initiated(amount):
    def f(oid, asin, product, name, tld):
        return (f"Amazon <do-not-reply@amazon.{tld}>", f"Refund initiated for order {oid}",
                f"Hello,\n\nWe are writing to let you know that a refund has been initiated for the following order.\n\nOrder ID: {oid}\nItem: {product}\nRefund amount: {amount}\nReason: Customer return\n\nNo action is required.\n\nSincerely,\nAmazon Services\n")
    return f
def feedback(rating, text):
    def f(oid, asin, product, name, tld):
        return (f"Amazon <seller-performance@amazon.{tld}>", f"Negative feedback received for order {oid}",
                f"Hello,\n\nA buyer has left feedback on one of your orders.\n\nOrder ID: {oid}\nRating: {rating} out of 5\nComments: {text}\n\nYou can respond to the feedback or contact the buyer from Feedback Manager.\n\nThis is an automated message; please do not reply.\n")
    return f
def cancel_request(reason):
    def f(oid, asin, product, name, tld):
        return (f"Amazon <donotreply@amazon.{tld}>", f"Order cancellation request from Amazon customer {name} (Order: {oid})",
                f"Hello,\n\n{name} has sent a cancellation request for the order below. Please review and cancel the order in Seller Central if it has not shipped.\n\nOrder ID: {oid}\nItem: {product}\nReason: {reason}\n\nBuyer Cancellation Request for Order ID: {oid}\n")
    return f
def atoz(reason, comment):
    def f(oid, asin, product, name, tld):
        return (f"Amazon <atoz-guarantee-no-reply@amazon.{tld}>", f"A-to-z Guarantee Claim for Order {oid}",
                f"Dear Seller,\n\nThe buyer has filed an A-to-z Guarantee claim for order {oid}.\n\nClaim reason: {reason}\nBuyer comments: {comment}\n\nPlease respond to the claim in Seller Central within 72 hours, providing tracking or other information.\n\nSincerely,\nAmazon A-to-z Guarantee Team\n")
    return f
