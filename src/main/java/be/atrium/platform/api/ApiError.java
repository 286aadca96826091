package be.atrium.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of the API: {@code {"error": code, "message": text, "field": name}}. */
public final class ApiError {

    private ApiError() {
    }

    public static Response response(int status, String code, String message, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", code).add("message", message);
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.build()).build();
    }
}
