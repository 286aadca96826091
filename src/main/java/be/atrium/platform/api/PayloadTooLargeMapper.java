package be.atrium.platform.api;

import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.web.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too-large uploads are 413 (the nearest mapper wins over the general one, which would say 400). */
@Provider
public class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PayloadTooLargeException error) {
        return ApiError.response(413, error.code(), Messages.text(ApiLocale.of(headers), error),
                error.field().orElse(null));
    }
}
