package be.atrium.platform;

/**
 * A store that Atrium keeps bytes in (the S3 bucket of stored files) cannot be reached or refuses
 * the request. Nothing was stored or handed out half: the API answers 503 and a page says to try
 * again; the message names the store and the cause for the log.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
