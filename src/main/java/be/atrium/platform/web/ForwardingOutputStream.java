package be.atrium.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import java.io.IOException;

/**
 * A response body stream that hands everything on to the container's stream, for filters that look
 * at or hold back what is written: a subclass decides what {@link #write(byte[], int, int)} does; a
 * single byte goes the same way, and flushing and non-blocking writes are the container's. Closing
 * it does not close the container's stream (the container does at the end of the request), unless a
 * subclass says so.
 */
public abstract class ForwardingOutputStream extends ServletOutputStream {

    protected final ServletOutputStream out;

    protected ForwardingOutputStream(ServletOutputStream out) {
        this.out = out;
    }

    @Override
    public abstract void write(byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
    }
}
