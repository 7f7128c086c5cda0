# Nested try blocks, handlers that use the exception after the block.
def nested(x):
    log = []
    try:
        try:
            y = 10 // x
        except ZeroDivisionError as e:
            log.append("inner")
            raise ValueError("wrapped")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(str(e))
    return log

print(nested(0), nested(5))
