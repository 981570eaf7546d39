package org.ztfkit.vo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.ztfkit.errors.ServiceUnavailableException;

/**
 * The parts of a UWS job document ({@code <uws:job>}) that a client needs.
 *
 * @param jobId        {@code uws:jobId}
 * @param phase        {@code uws:phase}
 * @param resultUrls   {@code xlink:href} of each {@code uws:result}, the one with {@code id="result"} first
 * @param errorMessage {@code uws:errorSummary/uws:message}, or empty
 */
record UwsJob(String jobId, JobPhase phase, List<String> resultUrls, String errorMessage) {
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    static UwsJob parse(byte[] xml, String service) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ServiceUnavailableException(service, "sent a job description that is not XML ("
                    + e.getMessage() + "): " + VoResponses.snippet(new String(xml, StandardCharsets.UTF_8)));
        }
        String jobId = first(doc, "jobId");
        String phaseText = first(doc, "phase");
        if (jobId.isEmpty() || phaseText.isEmpty()) {
            throw new ServiceUnavailableException(service, "sent a job description without jobId or phase: "
                    + VoResponses.snippet(new String(xml, StandardCharsets.UTF_8)));
        }
        JobPhase phase = JobPhase.parse(phaseText).orElseThrow(() -> new ServiceUnavailableException(service,
                "reported job phase '" + phaseText + "', which UWS does not define"));
        List<String> results = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", "result");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element result = (Element) nodes.item(i);
            String href = result.getAttributeNS(XLINK, "href");
            if (!href.isBlank()) {
                results.add("result".equals(result.getAttribute("id")) ? 0 : results.size(), href.strip());
            }
        }
        NodeList summaries = doc.getElementsByTagNameNS("*", "errorSummary");
        String error = summaries.getLength() == 0 ? "" : firstIn((Element) summaries.item(0), "message");
        return new UwsJob(jobId, phase, results, error);
    }

    Optional<String> resultUrl() {
        return resultUrls.stream().findFirst();
    }

    private static String first(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static String firstIn(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip().replaceAll("\\s+", " ");
    }
}
