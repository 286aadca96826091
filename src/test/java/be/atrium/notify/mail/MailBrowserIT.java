package be.atrium.notify.mail;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail pages as people reach them: an official goes from their profile to the mail
 * preferences and chooses a weekly overview without mail at once; someone who follows a broken
 * unsubscribe link (no login) is told why it does not work and where to go instead. Every page is
 * checked with axe-core and must work under its Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailBrowserIT extends BrowserTest {

    @Test
    void anOfficialChoosesAWeeklyOverviewFromTheProfileAndABrokenUnsubscribeLinkSaysWhy() {
        String official = Api.newOfficial(new Http(base));
        steps.open("identity/login.xhtml");
        steps.logInAccepting(official, Api.PASSWORD);
        steps.clickAndLoad(By.id("profileLink"));
        steps.clickAndLoad(By.id("mailPreferences"));
        steps.waitForHeading("Mailvoorkeuren");
        assertTrue(driver.findElement(By.id("mailForm:immediate")).isSelected(), "mail at once by default");
        driver.findElement(By.id("mailForm:immediate")).click();
        driver.findElement(By.cssSelector("input[name='mailForm:digest'][value='WEEKLY']")).click();
        steps.clickAndLoad(By.id("mailForm:save"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Je mailvoorkeuren zijn bewaard."));
        assertTrue(driver.findElement(By.cssSelector("input[name='mailForm:digest'][value='WEEKLY']")).isSelected());
        assertFalse(driver.findElement(By.id("mailForm:immediate")).isSelected(), "the choice is kept");
        steps.logOut();

        steps.open("mail/unsubscribe.xhtml?t=not-a-real-token");
        steps.waitForHeading("Uitschrijven");
        assertEquals("Deze uitschrijflink werkt niet.", driver.findElement(By.id("invalid")).getText());
        assertTrue(driver.findElements(By.id("unsubscribeForm")).isEmpty(), "nothing to confirm with a broken link");
    }
}
