"""Messages of running on several nodes: shared rate limits."""
M = [
("login.error.throttled", "Слишком много неудачных попыток входа с вашего адреса. Подождите несколько минут и попробуйте снова.", "Too many failed logins from your address. Wait a few minutes and try again."),
]
