package be.atrium.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of Atrium, in one place.
 * <ul>
 * <li>Pages (JSF): only Atrium's own scripts, style sheets, fonts, images and {@code data:} images and fonts
 * (the calendar of p:schedule embeds its arrow icons as a {@code data:} font, which Chromium loads as soon
 * as the style sheet is read, used or not) and {@code blob:} images (p:fileUpload shows a chosen picture as a
 * thumbnail from a blob the page made of the file itself, before it is sent);
 * no frames, plugins, {@code <base>}, outside form targets or outside connections; and no inline
 * script without this response's nonce. PrimeFaces ({@code primefaces.CSP} in web.xml) puts the
 * nonce on the scripts JSF and PrimeFaces write into the page, moves inline event handlers
 * ({@code onclick=…}) into such a script, and sends this policy with {@code 'nonce-…'} appended
 * (so it ends with {@code script-src}). Inline {@code style} attributes stay allowed: PrimeFaces
 * components set them.</li>
 * <li>Everything else (API, files, style sheets and scripts, plain error answers): nothing may be
 * loaded or framed ({@link #OTHER_POLICY}); files set their own, stricter one (sandbox).</li>
 * </ul>
 * Images from other hosts are not shown (the Markdown renderer turns them into links), so nobody
 * learns who reads a post by its images.
 */
@Named
@ApplicationScoped
public class SecurityHeaders {

    /** The pages' policy without the nonce, which PrimeFaces appends to the last directive. */
    public static final String PAGE_POLICY = "default-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
            + "object-src 'none'; script-src 'self'";
    /** Every response that is not a page. */
    public static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    /** For {@code primefaces.CSP_POLICY} (web.xml). */
    public String getPagePolicy() {
        return PAGE_POLICY;
    }
}
