"""What every route shares: query filters, the one error shape, security headers, the response cache."""
