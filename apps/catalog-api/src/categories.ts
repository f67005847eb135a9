/**
 * data.go.kr's 16 categories (분류체계) as CKAN groups: an ASCII name (CKAN names are
 * slugs) and the Korean title the portal shows.
 */
export const CATEGORY_GROUPS: Record<string, { name: string; titleEn: string }> = {
  공공행정: { name: 'public-administration', titleEn: 'Public administration' },
  문화관광: { name: 'culture-tourism', titleEn: 'Culture and tourism' },
  산업고용: { name: 'industry-employment', titleEn: 'Industry and employment' },
  교통물류: { name: 'transport-logistics', titleEn: 'Transport and logistics' },
  환경기상: { name: 'environment-weather', titleEn: 'Environment and weather' },
  재정금융: { name: 'finance', titleEn: 'Public finance and banking' },
  국토관리: { name: 'land-management', titleEn: 'Land management' },
  농축수산: { name: 'agriculture-fisheries', titleEn: 'Agriculture, livestock and fisheries' },
  사회복지: { name: 'social-welfare', titleEn: 'Social welfare' },
  교육: { name: 'education', titleEn: 'Education' },
  보건의료: { name: 'health-medical', titleEn: 'Health and medical care' },
  재난안전: { name: 'disaster-safety', titleEn: 'Disasters and safety' },
  과학기술: { name: 'science-technology', titleEn: 'Science and technology' },
  식품건강: { name: 'food-health', titleEn: 'Food and health' },
  통일외교안보: { name: 'unification-diplomacy-security', titleEn: 'Unification, diplomacy and security' },
  법률: { name: 'law', titleEn: 'Law' },
};

/** The list type (목록유형) as a resource format, with the names data.go.kr gives them. */
export const LIST_TYPE_FORMATS: Record<string, string> = {
  FILE: '파일데이터',
  API: '오픈API',
  STD: '표준데이터',
};

export const TAG_NATIONAL_PRIORITY = '국가중점데이터';
export const TAG_STANDARD = '표준데이터';
