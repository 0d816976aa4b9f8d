package dev.madoguchi.products;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The product form as typed: kept whole when refused, so that nothing a person typed is lost. */
public class ProductForm {

    private String familyId = "";
    private String nameEn = "";
    private String nameJa = "";
    private String modelNumbers = "";
    private String divisionId = "";
    private String versionScheme = "numeric";
    private String endOfLifeOn = "";
    private String cpe = "";
    private String purl = "";

    static ProductForm of(Product p) {
        ProductForm form = new ProductForm();
        form.familyId = p.familyId() == null ? "" : p.familyId().toString();
        form.nameEn = p.nameEn();
        form.nameJa = p.nameJa();
        form.modelNumbers = String.join("\n", p.modelNumbers());
        form.divisionId = Long.toString(p.divisionId());
        form.versionScheme = p.versionScheme();
        form.endOfLifeOn = p.endOfLifeOn() == null ? "" : p.endOfLifeOn().toString();
        form.cpe = p.cpe() == null ? "" : p.cpe();
        form.purl = p.purl() == null ? "" : p.purl();
        return form;
    }

    /** The draft this form describes; a date or number that does not parse is a problem on its field. */
    ProductDraft draft() {
        LocalDate eol;
        try {
            eol = endOfLifeOn == null || endOfLifeOn.isBlank() ? null : LocalDate.parse(endOfLifeOn.strip());
        } catch (DateTimeParseException e) {
            throw new ProductProblems(List.of(new ProductRuleViolation("endOfLifeOn", "product.end-of-life.invalid")));
        }
        return new ProductDraft(number(familyId), nameEn, nameJa, lines(modelNumbers), number(divisionId),
                versionScheme, eol, cpe, purl);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getFamilyId() {
        return familyId;
    }

    public void setFamilyId(String familyId) {
        this.familyId = familyId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getModelNumbers() {
        return modelNumbers;
    }

    public void setModelNumbers(String modelNumbers) {
        this.modelNumbers = modelNumbers;
    }

    public String getDivisionId() {
        return divisionId;
    }

    public void setDivisionId(String divisionId) {
        this.divisionId = divisionId;
    }

    public String getVersionScheme() {
        return versionScheme;
    }

    public void setVersionScheme(String versionScheme) {
        this.versionScheme = versionScheme;
    }

    public String getEndOfLifeOn() {
        return endOfLifeOn;
    }

    public void setEndOfLifeOn(String endOfLifeOn) {
        this.endOfLifeOn = endOfLifeOn;
    }

    public String getCpe() {
        return cpe;
    }

    public void setCpe(String cpe) {
        this.cpe = cpe;
    }

    public String getPurl() {
        return purl;
    }

    public void setPurl(String purl) {
        this.purl = purl;
    }
}
