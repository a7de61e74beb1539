package dev.factbridge.entity;

/** What an entity is (interfaces.md section 5). */
public enum EntityType {
    /** Companies, agencies, universities, business units named as such (Amazon, AWS, the SEC). */
    ORG,
    /** People (Andy Jassy, 앤디 재시, 安迪·贾西). */
    PERSON,
    /** Services, models, chips, devices and programmes (Bedrock, Trainium, Alexa, Prime). */
    PRODUCT,
    /** Countries, cities and regions as places (미국, Berlin, 德国). */
    LOCATION,
    /** Conferences and shopping events (re:Invent, Prime Day). */
    EVENT
}
